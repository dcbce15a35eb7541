import { Module } from '@nestjs/common';
import { Mailer } from './mailer';

/** The mailer, for any module of a process that sends mail (the worker's consumers). Needs ConfigModule. */
@Module({ providers: [Mailer], exports: [Mailer] })
export class MailModule {}
