using ItdOrleans.Reports;
using ItdOrleans.Sweeps;

namespace ItdOrleans.Web;

/// <summary>How the report served by a silo names a sweep's dataset.</summary>
internal static class DatasetDescriptions
{
    public static DatasetDescription Of(SweepSpec spec) =>
        DatasetDescription.Of(spec.Dataset, "the IDX files each silo reads");
}
