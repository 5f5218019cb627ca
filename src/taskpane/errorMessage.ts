import { failureOf } from "../excel";

/** The message to show for something an api call threw, or `fallback` when it carries none. */
export function errorMessage(error: unknown, fallback: string): string {
  return failureOf(error, fallback).message;
}
