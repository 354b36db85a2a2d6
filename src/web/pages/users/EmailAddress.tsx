// An email address (or a name that is one) that may wrap before the "@" in a narrow table column,
// rather than anywhere or nowhere.
export function EmailAddress({ email }: { email: string }) {
  const at = email.lastIndexOf('@');
  if (at < 0) return <>{email}</>;
  return (
    <>
      {email.slice(0, at)}
      <wbr />
      {email.slice(at)}
    </>
  );
}
