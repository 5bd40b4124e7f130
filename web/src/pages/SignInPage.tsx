import { useEffect, useState } from 'react';
import { api, setCsrfToken } from '../api/client';
import type { LoginResponse } from '../api/types';
import { useSession } from '../auth/session';
import { navigate } from '../router/router';
import { paths } from '../router/routes';
import { ChangePasswordStep } from '../signin/ChangePasswordStep';
import { CodeStep } from '../signin/CodeStep';
import { PasswordStep } from '../signin/PasswordStep';
import { useSubmit } from '../signin/useSubmit';

type Step =
  | { name: 'password' }
  | { name: 'totp' }
  | { name: 'enrol'; setup: { secret: string; uri: string } }
  | { name: 'change' };

/** Sign-in is a short conversation: password, then whatever the server still asks for. */
export function SignInPage({ next }: { next: string | null }) {
  const { session, refresh } = useSession();
  const [step, setStep] = useState<Step>({ name: 'password' });
  const [password, setPassword] = useState<string | null>(null);
  const { busy, error, setError, run } = useSubmit();

  // Someone already signed in has nothing to do here.
  useEffect(() => {
    if (session.status === 'signed-in' && step.name === 'password') navigate(next ?? paths.home(), { replace: true });
  }, [session, step.name, next]);

  const follow = async (response: LoginResponse) => {
    setCsrfToken(response.csrfToken);
    setError(null);
    switch (response.status) {
      case 'ok':
        setPassword(null);
        await refresh();
        navigate(next ?? paths.home(), { replace: true });
        return;
      case 'totp-required':
        setStep({ name: 'totp' });
        return;
      case 'totp-enrolment-required':
        if (response.totpSetup) setStep({ name: 'enrol', setup: response.totpSetup });
        return;
      case 'password-change-required':
        setStep({ name: 'change' });
        return;
    }
  };

  const body = (() => {
    switch (step.name) {
      case 'password':
        return (
          <PasswordStep
            busy={busy}
            error={error}
            onSubmit={(email, typed) => void run(async () => {
              setPassword(typed);
              await follow(await api.post<LoginResponse>('/api/auth/login', { email, password: typed }));
            })}
          />
        );
      case 'totp':
        return <CodeStep busy={busy} error={error} onSubmit={(code) => void run(async () => follow(await api.post<LoginResponse>('/api/auth/totp', { code })))} />;
      case 'enrol':
        return (
          <CodeStep
            setup={step.setup}
            busy={busy}
            error={error}
            onSubmit={(code) => void run(async () => follow(await api.post<LoginResponse>('/api/auth/totp/enrol', { code })))}
          />
        );
      case 'change':
        return (
          <ChangePasswordStep
            knownPassword={password}
            busy={busy}
            error={error}
            onSubmit={(currentPassword, newPassword) => void run(async () => {
              await follow(await api.post<LoginResponse>('/api/auth/password', { currentPassword, newPassword }));
            })}
          />
        );
    }
  })();

  return <div className="page sign-in-page"><div className="card narrow">{body}</div></div>;
}
