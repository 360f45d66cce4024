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
    /// under "/assets", all with the <see cref="ContentSecurityPolicy"/>; the Orleans Dashboard keeps its own.
    /// </summary>
    public static IEndpointRouteBuilder MapSweepPages(this IEndpointRouteBuilder routes)
    {
        var endpoints = routes.MapGroup("");
        endpoints.AddEndpointFilter(ContentSecurityPolicy.Send);

        endpoints.MapGet("/", (HttpRequest request) =>
            Results.Content(SweepPages.Index(request.PathBase), ContentTypes.Html));

        endpoints.MapGet("/sweeps/{sweepId}", async (string sweepId, HttpRequest request, IGrainFactory grains) =>
            await FindAsync(grains, sweepId) is { } status
                ? Results.Content(SweepPages.Sweep(status, request.PathBase), ContentTypes.Html)
                : NoSweep(sweepId));

        endpoints.MapGet("/sweeps/{sweepId}/report", async (
            string sweepId, HttpRequest request, IGrainFactory grains) =>
            await FindAsync(grains, sweepId, includeCurves: true) is { Spec: { } spec } status
                ? Results.Content(SweepPages.Report(status, spec, request.PathBase), ContentTypes.Html)
                : NoSweep(sweepId));

        // Literal and "curves-{n}.svg" segments take precedence over this one.
        endpoints.MapGet("/sweeps/{sweepId}/{file}", async (string sweepId, string file, IGrainFactory grains) =>
            await FindAsync(grains, sweepId, includeCurves: true) is { } status
                ? ReportFigures.File(status, file)
                : Results.NotFound());

        endpoints.MapGet("/sweeps/{sweepId}/comparison", async (string sweepId, IGrainFactory grains) =>
        {
            if (await FindAsync(grains, sweepId) is not { } status)
            {
                return Results.NotFound();
            }

            var markdown = ComparisonTableMarkdown.Write(ComparisonTable.From(status.Trials));
            return Results.Content(MarkdownHtml.ToHtml(markdown), ContentTypes.Html);
        });

        endpoints.MapGet("/sweeps/{sweepId}/curves-{setting:int}.svg", async (
            string sweepId, int setting, IGrainFactory grains) =>
        {
            var settings = await FindAsync(grains, sweepId, includeCurves: true) is { } status
                ? LiveCurves.Settings(status.Trials)
                : [];
            return setting >= 0 && setting < settings.Count
                ? Results.Content(LiveCurves.Svg(settings[setting], setting), ContentTypes.Svg)
                : Results.NotFound();
        });

        endpoints.MapGet("/api/sweeps", async (IGrainFactory grains) => await grains.GetSweepRegistry().List());

        endpoints.MapGet("/api/sweeps/{sweepId}", async (string sweepId, IGrainFactory grains) =>
            await FindAsync(grains, sweepId) is { } status ? Results.Ok(SweepView.Of(status)) : Results.NotFound());

        endpoints.MapGet("/assets/{name}", (string name) => PageAssets.Find(name) is { } asset
            ? Results.Bytes(asset.Content, asset.ContentType)
            : Results.NotFound());

        return routes;
    }

    // Null for an id no sweep can have, such as a blank one, and for a sweep never started.
    private static async Task<SweepStatus?> FindAsync(IGrainFactory grains, string sweepId, bool includeCurves = false)
    {
        if (string.IsNullOrWhiteSpace(sweepId))
        {
            return null;
        }

        var status = await grains.GetSweep(sweepId).GetStatus(includeCurves);
        return status.State == SweepState.NotStarted ? null : status;
    }

    private static IResult NoSweep(string sweepId) =>
        Results.Content(SweepPages.NotFound(sweepId), ContentTypes.Html, statusCode: StatusCodes.Status404NotFound);
}
