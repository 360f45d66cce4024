using ItdOrleans.Contracts;
using ItdOrleans.Reports;
using ItdOrleans.Reports.Figures;
using Microsoft.AspNetCore.Http;

namespace ItdOrleans.Web;

/// <summary>
/// The figures of the report a silo serves: those <c>itd sweep report</c> writes, under the same
/// file names, drawn from the sweep's finished trials on every request.
/// </summary>
internal static class ReportFigures
{
    public static IReadOnlyList<SweepFigure> Of(SweepStatus status) =>
        SweepFigures.Of(SettingGroups.Of(status.Trials));

    /// <summary>The figure of that file name as PNG or SVG, or 404 when the report has no such file.</summary>
    public static IResult File(SweepStatus status, string file)
    {
        var figure = Of(status).FirstOrDefault(figure => file == figure.PngFile || file == figure.SvgFile);
        if (figure is null)
        {
            return Results.NotFound();
        }

        var drawn = figure.Draw();
        return file == figure.PngFile
            ? Results.Bytes(drawn.ToPng(), ContentTypes.Png)
            : Results.Content(drawn.ToSvg(), ContentTypes.Svg);
    }
}
