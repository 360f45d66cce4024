using ItdOrleans.Sweeps;

namespace ItdOrleans.Reports.Figures;

/// <summary>Every figure of a sweep: learning curves per setting, and accuracy against learning rate.</summary>
public static class SweepFigures
{
    /// <summary>The figures of a sweep's settings, in the order a report shows them, not yet drawn.</summary>
    public static IReadOnlyList<SweepFigure> Of(IReadOnlyList<SettingGroup> settings)
    {
        var figures = settings
            .Select((setting, i) => LearningCurveFigure.Figure(setting, $"learning-curves-{i + 1}"))
            .ToList();
        var families = LearningRateFigure.Families(settings);
        for (var i = 0; i < families.Count; i++)
        {
            var label = FamilyLabel(families[i], families);
            figures.Add(LearningRateFigure.Figure(families[i], label, $"accuracy-vs-learning-rate-{i + 1}"));
        }

        return figures;
    }

    /// <summary>Writes the figures into a folder and lists them in the order a report shows them.</summary>
    public static IReadOnlyList<ReportFigure> Write(IReadOnlyList<SettingGroup> settings, string directory)
    {
        Directory.CreateDirectory(directory);
        return [.. Of(settings).Select(figure => figure.Save(directory))];
    }

    /// <summary>Names a family by what sets it apart from the other families.</summary>
    private static string FamilyLabel(
        IReadOnlyList<SettingGroup> family, IReadOnlyList<IReadOnlyList<SettingGroup>> families) =>
        SettingGroups.Label(
            family[0].Setting with { LearningRate = 0 },
            families.Select(other => other[0].Setting with { LearningRate = 0 }).ToList());
}
