using System.Reflection;

namespace ItdOrleans.Sweeps;

/// <summary>
/// Named sweeps shipped with the program as YAML files (embedded in this assembly), so that a user
/// can print one, copy it and edit it.
/// </summary>
public static class SweepPresets
{
    private const string ResourcePrefix = "ItdOrleans.Sweeps.Presets.";

    /// <summary>paper (100,000 iterations), paper-iclr (5,000 iterations) and tiny (smoke runs).</summary>
    public static IReadOnlyList<string> Names { get; } = ["paper", "paper-iclr", "tiny"];

    /// <summary>The preset's YAML text, comments included.</summary>
    /// <exception cref="SweepSpecException">No preset has that name.</exception>
    public static string Yaml(string name)
    {
        if (!Names.Contains(name))
        {
            throw new SweepSpecException("presets",
                [$"unknown preset '{name}'{ClosestName.Hint(name, Names)} (known: {string.Join(", ", Names)})"]);
        }

        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourcePrefix + name + ".yaml")
            ?? throw new InvalidOperationException($"preset '{name}' is missing from the assembly");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The preset's sweep specification.</summary>
    public static SweepSpec Get(string name) => SweepYaml.Parse(Yaml(name), $"preset '{name}'");
}
