/** The message and field errors of a refused request, in either of the platform's error shapes. */
export async function refusal(response: null | Response): Promise<{ fields: Record<string, string>; message: string }> {
  const body = (await response?.json().catch(() => null)) as null | { errors?: { data?: { errors?: { field?: string; message: string; path?: string }[] }; message?: string }[] }
  const first = body?.errors?.[0]
  const fields = Object.fromEntries((first?.data?.errors ?? []).map((error) => [error.path ?? error.field ?? '', error.message]))
  return { fields, message: first?.message ?? '没有成功，请稍后再试' }
}
