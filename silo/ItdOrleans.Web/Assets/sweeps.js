// Fills the sweep pages from the JSON endpoints and refreshes them while sweeps run.
"use strict";

(() => {
  const main = document.querySelector("main");
  const base = main.dataset.base || "";
  const period = 2000;

  const percent = value => value == null ? "–" : (100 * value).toFixed(2) + " %";
  const number = value => value.toLocaleString("en");
  const time = value => value ? new Date(value).toLocaleString() : "–";

  async function fetchOk(url) {
    const response = await fetch(base + url, { cache: "no-store" });
    if (!response.ok) {
      throw new Error(`${url} answered ${response.status}`);
    }
    return response;
  }

  function cell(row, text, className) {
    const td = row.insertCell();
    td.textContent = text;
    if (className) {
      td.className = className;
    }
    return td;
  }

  function stateCell(row, state) {
    const pill = document.createElement("span");
    pill.className = "state state-" + state;
    pill.textContent = state;
    cell(row, "").append(pill);
  }

  function progressCell(row, done, total) {
    const td = cell(row, "", "progress-cell");
    const bar = document.createElement("div");
    bar.className = "progress";
    const fill = document.createElement("div");
    fill.style.width = total > 0 ? `${(100 * done) / total}%` : "0";
    bar.append(fill);
    const label = document.createElement("span");
    label.textContent = `${number(done)} / ${number(total)}`;
    td.append(bar, label);
  }

  async function refreshSweeps() {
    const sweeps = await (await fetchOk("/api/sweeps")).json();
    const body = document.querySelector("#sweeps tbody");
    body.replaceChildren();
    for (const sweep of sweeps) {
      const row = body.insertRow();
      const link = document.createElement("a");
      link.href = `${base}/sweeps/${encodeURIComponent(sweep.sweepId)}`;
      link.textContent = sweep.sweepId;
      cell(row, "").append(link);
      cell(row, sweep.name);
      stateCell(row, sweep.state);
      progressCell(row, sweep.ended, sweep.trials);
      cell(row, time(sweep.startedAt));
    }
    if (sweeps.length === 0) {
      cell(body.insertRow(), "No sweep has been started on this cluster.", "empty").colSpan = 5;
    }
    return true;
  }

  let drawn = "";

  async function refreshSweep(sweepId) {
    const path = "/sweeps/" + encodeURIComponent(sweepId);
    const sweep = await (await fetchOk("/api" + path)).json();

    const state = document.getElementById("sweep-state");
    state.textContent = sweep.state;
    state.className = "state state-" + sweep.state;
    document.getElementById("sweep-meta").textContent =
      `${sweep.ended} of ${sweep.trialCount} trials ended · ` +
      `${number(sweep.iterationsDone)} of ${number(sweep.iterations)} iterations · started ${time(sweep.startedAt)}`;
    document.getElementById("sweep-bar").style.width =
      sweep.iterations > 0 ? `${(100 * sweep.iterationsDone) / sweep.iterations}%` : "0";

    const body = document.querySelector("#trials tbody");
    body.replaceChildren();
    for (const trial of sweep.trials) {
      const row = body.insertRow();
      row.title = trial.error || trial.key;
      cell(row, trial.rule);
      cell(row, String(trial.seed));
      cell(row, String(trial.learningRate));
      stateCell(row, trial.status);
      progressCell(row, trial.iterationsDone, trial.iterations);
      cell(row, trial.iterationsPerSecond > 0 ? number(Math.round(trial.iterationsPerSecond)) : "–", "number");
      cell(row, percent(trial.bestValidationAccuracy), "number");
      cell(row, percent(trial.testAccuracy), "number");
      cell(row, trial.silo || "–");
    }

    // Figures and the comparison table are redrawn only when training has moved on.
    const progress = `${sweep.state} ${sweep.ended} ${sweep.iterationsDone}`;
    if (progress !== drawn) {
      drawn = progress;
      await Promise.all([refreshCurves(path, sweep.settings), refreshComparison(path)]);
    }
    return sweep.state === "running";
  }

  async function refreshCurves(path, settings) {
    if (settings.length === 0) {
      const empty = document.createElement("p");
      empty.className = "empty";
      empty.textContent = "No trial has reported an evaluation yet.";
      document.getElementById("curves").replaceChildren(empty);
      return;
    }
    const svgs = await Promise.all(settings.map(async (_, index) =>
      (await fetchOk(`${path}/curves-${index}.svg`)).text()));
    const figures = settings.map((label, index) => {
      const figure = document.createElement("figure");
      const caption = document.createElement("figcaption");
      caption.textContent = label;
      const drawing = document.createElement("div");
      drawing.innerHTML = svgs[index];
      figure.append(caption, drawing);
      return figure;
    });
    document.getElementById("curves").replaceChildren(...figures);
  }

  async function refreshComparison(path) {
    document.getElementById("comparison").innerHTML = await (await fetchOk(`${path}/comparison`)).text();
  }

  async function poll(refresh) {
    let again = true;
    try {
      again = await refresh();
    } catch (error) {
      console.error(error);
    }
    if (again) {
      setTimeout(() => poll(refresh), period);
    }
  }

  if (main.dataset.page === "sweeps") {
    poll(refreshSweeps);
  } else if (main.dataset.page === "sweep") {
    poll(() => refreshSweep(main.dataset.sweep));
  }
})();
