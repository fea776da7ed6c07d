/**
 * The source of src/validation/employeeGuard.ts: the JSON Schema of an employee record compiled by
 * Ajv into standalone code.
 *
 * @param schema - The JSON Schema document of an employee record.
 * @returns The TypeScript module.
 */
export declare function employeeGuardSource(schema: object): string;
