using System.Text.RegularExpressions;
using ItdOrleans.Reports;
using ItdOrleans.Reports.Figures;
using ItdOrleans.Sweeps;

namespace ItdOrleans.Web;

/// <summary>The learning curves of a sweep as it runs: finished and running trials, one figure per setting.</summary>
internal static partial class LiveCurves
{
    /// <summary>The settings with at least one finished or running trial that has reported a result.</summary>
    public static IReadOnlyList<SettingGroup> Settings(IEnumerable<TrialRecord> trials) =>
        SettingGroups.Group(trials.Where(trial => trial.Status is TrialStatus.Running or TrialStatus.Finished));

    /// <summary>
    /// The figure of one setting as SVG that scales to its container, its ids prefixed so that several
    /// figures can sit in one page.
    /// </summary>
    public static string Svg(SettingGroup setting, int index)
    {
        var svg = LearningCurveFigure.ToSvg(setting);
        var prefix = $"curves-{index}-";
        svg = svg.Replace("id=\"", "id=\"" + prefix, StringComparison.Ordinal)
            .Replace("url(#", "url(#" + prefix, StringComparison.Ordinal)
            .Replace("href=\"#", "href=\"#" + prefix, StringComparison.Ordinal);
        return svg.Contains("viewBox", StringComparison.Ordinal)
            ? svg
            : SvgOpening().Replace(
                svg,
                $"<svg viewBox=\"0 0 {LearningCurveFigure.Width} {LearningCurveFigure.Height}\" "
                + "preserveAspectRatio=\"xMidYMid meet\" ",
                count: 1);
    }

    [GeneratedRegex("<svg ")]
    private static partial Regex SvgOpening();
}
