/** Points are kept to two decimals, as the rubric and the database do. */
export const round2 = (n: number) => Math.round(n * 100) / 100;
