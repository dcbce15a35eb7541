export * from './formats';
export * from './render-docx';
export * from './convert-pdf';
export * from './sample-documents';
