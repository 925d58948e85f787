import type { Petition } from "../petitions/queries";
import type { SignedInStaff } from "../staff/signed-in-staff";

/** Check whether a staff member may edit, preview and publish a petition: administrators, and organisers on its team. */
export function canWorkOnPetition(staff: SignedInStaff, petition: Petition): boolean {
  if (staff.role === "admin") return true;
  return staff.role === "organiser" && staff.teamPetitionIds.includes(petition.id);
}

/**
 * Check whether a staff member may see a petition's dashboard: its team and
 * administrators, and the election office once the petition is published.
 * The office checks the count later, but it has no part in drafting.
 */
export function canViewDashboard(staff: SignedInStaff, petition: Petition): boolean {
  if (staff.role === "election_office") return petition.status !== "draft";
  return canWorkOnPetition(staff, petition);
}

/** Check whether a staff member may open a petition's page in the election office's area. The office and administrators may once it is published. */
export function canOpenOfficePage(staff: SignedInStaff, petition: Petition): boolean {
  return (staff.role === "election_office" || staff.role === "admin") && petition.status !== "draft";
}
