import { OFFICE_PATH } from "../../src/office/office-paths";
import type { Messages } from "../../src/i18n/messages";
import type { SignedInStaff } from "../../src/staff/signed-in-staff";

export function StaffHomePage({ t, staff }: { t: Messages; staff: SignedInStaff }) {
  const text = t.staff.home;
  return (
    <section class="staff-home">
      <h1>{text.heading(staff.name)}</h1>
      <p>{text.role(t.staff.roles[staff.role])}</p>
      <ul class="staff-links">
        <li>
          <a href="/verwaltung/buergerbegehren">{t.workspace.nav.overview}</a>
        </li>
        <li>
          <a href="/verwaltung/passkeys">{text.passkeysLink}</a>
        </li>
        {staff.role === "admin" || staff.role === "election_office" ? (
          <>
            <li>
              <a href={OFFICE_PATH}>{t.admissibility.queue.link}</a>
            </li>
            <li>
              <a href="/verwaltung/aktivierungscodes">{t.activation.upload.link}</a>
            </li>
            <li>
              <a href="/verwaltung/aktivierung-vor-ort">{t.activation.inPerson.link}</a>
            </li>
          </>
        ) : null}
        {staff.role === "admin" ? (
          <>
            <li>
              <a href="/verwaltung/mitarbeitende">{text.staffLink}</a>
            </li>
            <li>
              <a href="/verwaltung/protokoll">{text.auditLink}</a>
            </li>
          </>
        ) : null}
      </ul>
    </section>
  );
}
