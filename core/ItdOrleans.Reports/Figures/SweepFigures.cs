using ItdOrleans.Sweeps;

namespace ItdOrleans.Reports.Figures;

/// <summary>Every figure of a sweep: learning curves per setting, and accuracy against learning rate.</summary>
public static class SweepFigures
{
    /// <summary>Writes the figures into a folder and lists them in the order a report shows them.</summary>
    public static IReadOnlyList<ReportFigure> Write(IReadOnlyList<SettingGroup> settings, string directory)
    {
        Directory.CreateDirectory(directory);
        var figures = new List<ReportFigure>();
        for (var i = 0; i < settings.Count; i++)
        {
            figures.Add(LearningCurveFigure.Save(settings[i], directory, $"learning-curves-{i + 1}"));
        }

        var families = LearningRateFigure.Families(settings);
        for (var i = 0; i < families.Count; i++)
        {
            figures.Add(LearningRateFigure.Save(
                families[i], FamilyLabel(families[i], families), directory, $"accuracy-vs-learning-rate-{i + 1}"));
        }

        return figures;
    }

    /// <summary>Names a family by what sets it apart from the other families.</summary>
    private static string FamilyLabel(
        IReadOnlyList<SettingGroup> family, IReadOnlyList<IReadOnlyList<SettingGroup>> families) =>
        SettingGroups.Label(
            family[0].Setting with { LearningRate = 0 },
            families.Select(other => other[0].Setting with { LearningRate = 0 }).ToList());
}
