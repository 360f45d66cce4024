using ItdOrleans.Contracts;
using ItdOrleans.Reports;
using ItdOrleans.Reports.Figures;
using ItdOrleans.Sweeps;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ItdOrleans.Web;

/// <summary>The sweep pages, their JSON and their figures, read from the grains on every request.</summary>
public static class SweepPageEndpoints
{
    /// <summary>
    /// Maps "/" (the sweep list), "/sweeps/{sweepId}" (a sweep with live learning curves),
    /// "/sweeps/{sweepId}/report" with its figures beside it ("/sweeps/{sweepId}/learning-curves-1.png"
    /// and the others the written report has), "/sweeps/{sweepId}/comparison",
    /// "/sweeps/{sweepId}/curves-{n}.svg", "/api/sweeps", "/api/sweeps/{sweepId}" and the page assets
    /// under "/assets".
    /// </summary>
    public static IEndpointRouteBuilder MapSweepPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", (HttpRequest request) =>
            Results.Content(SweepPages.Index(request.PathBase), ContentTypes.Html));

        endpoints.MapGet("/sweeps/{sweepId}", async (string sweepId, HttpRequest request, IGrainFactory grains) =>
        {
            var status = await grains.GetSweep(sweepId).GetStatus();
            return status.State == SweepState.NotStarted
                ? NoSweep(sweepId)
                : Results.Content(SweepPages.Sweep(status, request.PathBase), ContentTypes.Html);
        });

        endpoints.MapGet("/sweeps/{sweepId}/report", async (
            string sweepId, HttpRequest request, IGrainFactory grains) =>
        {
            var status = await grains.GetSweep(sweepId).GetStatus(includeCurves: true);
            return status.Spec is null
                ? NoSweep(sweepId)
                : Results.Content(SweepPages.Report(status, status.Spec, request.PathBase), ContentTypes.Html);
        });

        // Literal and "curves-{n}.svg" segments take precedence over this one.
        endpoints.MapGet("/sweeps/{sweepId}/{file}", async (string sweepId, string file, IGrainFactory grains) =>
            ReportFigures.File(await grains.GetSweep(sweepId).GetStatus(includeCurves: true), file));

        endpoints.MapGet("/sweeps/{sweepId}/comparison", async (string sweepId, IGrainFactory grains) =>
        {
            var status = await grains.GetSweep(sweepId).GetStatus();
            var markdown = ComparisonTableMarkdown.Write(ComparisonTable.From(status.Trials));
            return Results.Content(MarkdownHtml.ToHtml(markdown), ContentTypes.Html);
        });

        endpoints.MapGet("/sweeps/{sweepId}/curves-{setting:int}.svg", async (
            string sweepId, int setting, IGrainFactory grains) =>
        {
            var status = await grains.GetSweep(sweepId).GetStatus(includeCurves: true);
            var settings = LiveCurves.Settings(status.Trials);
            return setting >= 0 && setting < settings.Count
                ? Results.Content(LiveCurves.Svg(settings[setting], setting), ContentTypes.Svg)
                : Results.NotFound();
        });

        endpoints.MapGet("/api/sweeps", async (IGrainFactory grains) => await grains.GetSweepRegistry().List());

        endpoints.MapGet("/api/sweeps/{sweepId}", async (string sweepId, IGrainFactory grains) =>
        {
            var status = await grains.GetSweep(sweepId).GetStatus();
            return status.State == SweepState.NotStarted ? Results.NotFound() : Results.Ok(SweepView.Of(status));
        });

        endpoints.MapGet("/assets/{name}", (string name) => PageAssets.Find(name) is { } asset
            ? Results.Bytes(asset.Content, asset.ContentType)
            : Results.NotFound());

        return endpoints;
    }

    private static IResult NoSweep(string sweepId) =>
        Results.Content(SweepPages.NotFound(sweepId), ContentTypes.Html, statusCode: StatusCodes.Status404NotFound);
}
