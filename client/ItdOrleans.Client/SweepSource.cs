using ItdOrleans.Client.Settings;
using ItdOrleans.Sweeps;

namespace ItdOrleans.Client;

/// <summary>Reads the sweep a command names and checks it before anything starts.</summary>
public static class SweepSource
{
    /// <summary>The specification from the file or preset, with the options' overrides, validated.</summary>
    /// <exception cref="SweepSpecException">The specification cannot be read or cannot run.</exception>
    public static SweepSpec Load(SpecSettings settings)
    {
        var spec = settings.File is { } file ? SweepYaml.Load(file) : SweepPresets.Get(settings.Preset!);

        if (settings.Seeds is { } seeds)
        {
            spec = spec.WithSeeds(seeds);
        }

        if (settings.Iterations is { } iterations)
        {
            spec = spec.WithIterations(iterations);
        }

        if (settings.Dataset is { } dataset)
        {
            spec = spec with { Dataset = dataset };
        }

        var limits = settings.MaxTrials is { } maxTrials
            ? new SweepValidationOptions { MaxTrials = maxTrials }
            : new SweepValidationOptions();
        SweepValidator.EnsureValid(spec, limits);
        return spec;
    }
}
