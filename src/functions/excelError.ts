/**
 * Builds the #VALUE! error Excel shows for input it cannot read; the message
 * appears in the cell's error indicator.
 *
 * Example: `throw invalidValue('无法识别持续时间“很久”。…')` → the cell shows #VALUE!.
 */
export function invalidValue(message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
}

/** Builds the #N/A error for input that is readable but holds no answer, such as a blank cell. */
export function notAvailable(message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, message);
}
