// The routes of the web app, with Dutch paths as users see them in the address bar and in emails.
import { Navigate, Route, Routes } from 'react-router-dom';
import { AppShell } from './layouts/AppShell.tsx';
import { PublicLayout } from './layouts/PublicLayout.tsx';
import { ConfirmEmailPage } from './pages/email-confirmation/ConfirmEmailPage.tsx';
import { ForgotPasswordPage } from './pages/password-reset/ForgotPasswordPage.tsx';
import { HandbookPage } from './pages/handbook/HandbookPage.tsx';
import { LoginPage } from './pages/sign-in/LoginPage.tsx';
import { NotFoundPage } from './pages/not-found/NotFoundPage.tsx';
import { SignUpPage } from './pages/sign-up/SignUpPage.tsx';
import { ResendCodePage } from './pages/email-confirmation/ResendCodePage.tsx';
import { ResetPasswordPage } from './pages/password-reset/ResetPasswordPage.tsx';
import { AccommodationPage } from './pages/accommodations/AccommodationPage.tsx';
import { OverviewPage } from './pages/overview/OverviewPage.tsx';
import { OutboxPage } from './pages/dev/OutboxPage.tsx';
import { RequireSession } from './session/RequireSession.tsx';
import { TwoFactorStepPage } from './pages/two-factor/TwoFactorStepPage.tsx';
import { SetUpTwoFactorPage } from './pages/two-factor/SetUpTwoFactorPage.tsx';
import { SET_UP_PATH } from './pages/two-factor/paths.ts';
import { TwoFactorSettingsPage } from './pages/two-factor/TwoFactorSettingsPage.tsx';
import { UsersPage } from './pages/users/UsersPage.tsx';
import { AcceptInvitationPage } from './pages/invitation/AcceptInvitationPage.tsx';
import { JoinInvitationPage } from './pages/invitation/JoinInvitationPage.tsx';
import { NewAccommodationPage } from './pages/accommodations/NewAccommodationPage.tsx';
import { AccommodationsPage } from './pages/municipality/AccommodationsPage.tsx';
import { AccommodationDetailPage } from './pages/municipality/AccommodationDetailPage.tsx';
import { MunicipalitySettingsPage } from './pages/municipality/MunicipalitySettingsPage.tsx';
import { MunicipalitiesPage } from './pages/admin/MunicipalitiesPage.tsx';
import { DeadLettersPage } from './pages/admin/DeadLettersPage.tsx';
import { MyAccountPage } from './pages/my-account/MyAccountPage.tsx';
import { AuditLogPage } from './pages/audit-log/AuditLogPage.tsx';
import { InspectionPage } from './pages/inspection/InspectionPage.tsx';
import { ReportsPage } from './pages/reports/ReportsPage.tsx';
import { TaxReturnsPage } from './pages/tax-return/TaxReturnsPage.tsx';
import { TaxReturnPage } from './pages/tax-return/TaxReturnPage.tsx';
import { TouristTaxMunicipalityPage } from './pages/tourist-tax-municipality/TouristTaxMunicipalityPage.tsx';
import { ConfirmEmailChangePage } from './pages/my-account/ConfirmEmailChangePage.tsx';
import { RegisterImportPage } from './pages/register-import/RegisterImportPage.tsx';
import { ApiTokensPage } from './pages/api-tokens/ApiTokensPage.tsx';
import { CheckInLayout } from './pages/check-in/CheckInLayout.tsx';
import { CheckInPage } from './pages/check-in/CheckInPage.tsx';
import { SelfCheckInPage } from './pages/self-check-in/SelfCheckInPage.tsx';
import { RegisterOverviewPage } from './pages/register/RegisterOverviewPage.tsx';
import { NewStayPage } from './pages/register/NewStayPage.tsx';
import { StayPage } from './pages/register/StayPage.tsx';
import { UnitsPage } from './pages/register/units/UnitsPage.tsx';

export function App() {
  return (
    <Routes>
      <Route element={<PublicLayout />}>
        <Route index element={<LoginPage />} />
        <Route path="inloggen" element={<LoginPage />} />
        <Route path="inloggen/tweefactor" element={<TwoFactorStepPage />} />
        {/* The mandatory set-up's earlier address. */}
        <Route path="tweefactor-instellen" element={<Navigate to={SET_UP_PATH} replace />} />
        <Route path="registreren" element={<SignUpPage />} />
        <Route path="code-invullen" element={<ConfirmEmailPage />} />
        <Route path="code-opnieuw" element={<ResendCodePage />} />
        <Route path="wachtwoord-vergeten" element={<ForgotPasswordPage />} />
        <Route path="code-ontvangen" element={<ResetPasswordPage />} />
        <Route path="uitnodiging" element={<AcceptInvitationPage />} />
        <Route path="email-bevestigen" element={<ConfirmEmailChangePage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
      <Route element={<PublicLayout wide />}>
        <Route path="handleiding" element={<HandbookPage />} />
        <Route path="dev/outbox" element={<OutboxPage />} />
      </Route>
      <Route element={<CheckInLayout />}>
        <Route path="inchecken/:token" element={<CheckInPage />} />
      </Route>
      <Route path="app" element={<RequireSession>{(session) => <AppShell session={session} />}</RequireSession>}>
        <Route index element={<OverviewPage />} />
        <Route path="accommodatie" element={<AccommodationPage />} />
        <Route path="accommodatie/nieuw" element={<NewAccommodationPage />} />
        <Route path="handleiding" element={<HandbookPage inApp />} />
        <Route path="tweefactor" element={<RequireSession>{(session) => <TwoFactorSettingsPage session={session} />}</RequireSession>} />
        <Route path="tweefactor/instellen" element={<SetUpTwoFactorPage />} />
        <Route path="gebruikers" element={<UsersPage />} />
        <Route path="uitnodiging/:token" element={<JoinInvitationPage />} />
        <Route path="accommodaties" element={<AccommodationsPage />} />
        <Route path="accommodaties/:id" element={<AccommodationDetailPage />} />
        <Route path="gemeente" element={<MunicipalitySettingsPage />} />
        <Route path="gemeenten" element={<MunicipalitiesPage />} />
        <Route path="account" element={<MyAccountPage />} />
        <Route path="logboek" element={<AuditLogPage />} />
        <Route path="niet-bezorgd" element={<DeadLettersPage />} />
        <Route path="inzage" element={<InspectionPage />} />
        <Route path="inzage/:tool" element={<InspectionPage />} />
        <Route path="meldingen" element={<ReportsPage />} />
        <Route path="aangifte" element={<TaxReturnsPage />} />
        <Route path="aangifte/:period" element={<TaxReturnPage />} />
        <Route path="toeristenbelasting" element={<TouristTaxMunicipalityPage />} />
        <Route path="toeristenbelasting/:tab" element={<TouristTaxMunicipalityPage />} />
        <Route path="register" element={<RegisterOverviewPage />} />
        <Route path="register/nieuw" element={<NewStayPage />} />
        <Route path="register/zelf-inchecken" element={<SelfCheckInPage />} />
        <Route path="register/importeren" element={<RegisterImportPage />} />
        <Route path="register/api" element={<ApiTokensPage />} />
        <Route path="register/:id" element={<StayPage />} />
        <Route path="kamers" element={<UnitsPage />} />
        <Route path="*" element={<Navigate to="/app" replace />} />
      </Route>
    </Routes>
  );
}
