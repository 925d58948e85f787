import type { Messages } from "../../src/i18n/messages";
import type { PetitionDashboard } from "../../src/workspace/petition-dashboard";
import { DailyChart, DailyTable } from "./daily-chart";

/** Phrase the share of the quorum reached, rounded down to one decimal so 99.96 % never reads as 100. */
function percentOfQuorum(t: Messages, towardQuorum: number, quorum: number): string {
  return t.workspace.dashboard.percent(Math.floor((towardQuorum / quorum) * 1000) / 10);
}

/** Render the dashboard's figures, which are also the htmx fragment that refreshes every 10 seconds. */
export function DashboardFigures({ t, dashboard }: { t: Messages; dashboard: PetitionDashboard }) {
  const d = t.workspace.dashboard;
  const { progress, counts, phase, days } = dashboard;
  const number = t.workspace.formatNumber;

  let timeText: string;
  if (phase.phase === "notStarted") timeText = d.notStarted(phase.startsOn);
  else if (phase.phase === "open") timeText = d.daysLeft(phase.daysLeft, phase.endsOn);
  else timeText = d.ended(phase.endedOn);

  return (
    <>
      <section class="dashboard-count panel" aria-labelledby="dashboard-count-heading">
        <h2 id="dashboard-count-heading">{d.countHeading}</h2>
        <p id="dashboard-count-label" class="signature-count-total">
          {d.towardQuorum(progress.towardQuorum, progress.quorum)}
        </p>
        <progress class="quorum-progress" max={progress.quorum} value={Math.min(progress.towardQuorum, progress.quorum)} aria-labelledby="dashboard-count-label">
          {percentOfQuorum(t, progress.towardQuorum, progress.quorum)}
        </progress>
        <p>{percentOfQuorum(t, progress.towardQuorum, progress.quorum)}</p>
        {progress.provisionalTowardQuorum > 0 ? <p data-provisional-pending>{t.petitions.count.provisionalPending(progress.provisionalTowardQuorum)}</p> : null}
        {progress.reached ? <p class="quorum-reached">{t.petitions.count.quorumReached}</p> : null}
        <dl class="figure-list">
          <div>
            <dt>{d.proven}</dt>
            <dd data-figure="proven">{number(counts.proven)}</dd>
          </div>
          <div>
            <dt>{d.confirmed}</dt>
            <dd data-figure="confirmed">{number(counts.confirmed)}</dd>
          </div>
          <div>
            <dt>{d.provisional}</dt>
            <dd data-figure="provisional">{number(counts.provisional)}</dd>
          </div>
        </dl>
        {progress.onlineNotCounting > 0 ? <p>{d.onlineNotCounting(progress.onlineNotCounting)}</p> : null}
      </section>

      <section aria-labelledby="dashboard-channel-heading">
        <h2 id="dashboard-channel-heading">{d.channelHeading}</h2>
        <dl class="figure-list">
          {(["wallet", "passkey", "paper"] as const).map((channel) => (
            <div>
              <dt>{d.channels[channel]}</dt>
              <dd data-figure={channel}>{number(counts.byChannel[channel])}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="dashboard-time-heading">
        <h2 id="dashboard-time-heading">{d.timeHeading}</h2>
        <p class="dashboard-time">{timeText}</p>
      </section>

      <section aria-labelledby="dashboard-days-heading">
        <h2 id="dashboard-days-heading">{d.perDayHeading}</h2>
        <div class="chart-and-table">
          <figure class="chart">
            <DailyChart t={t} days={days} />
            <figcaption class="chart-legend">
              <span class="legend-proven">{d.proven}</span> <span class="legend-confirmed">{d.confirmed}</span> <span class="legend-provisional">{d.provisional}</span>
            </figcaption>
          </figure>
          <DailyTable t={t} days={days} />
        </div>
      </section>
    </>
  );
}
