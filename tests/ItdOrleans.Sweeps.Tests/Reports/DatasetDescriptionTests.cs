using ItdOrleans.Reports;

namespace ItdOrleans.Sweeps.Tests.Reports;

public sealed class DatasetDescriptionTests
{
    private const string Original = "mnist from /data/mnist (ITD_MNIST_DIR); training images: original, MD5 f68b";
    private const string Elsewhere = "mnist from /srv/digits (Itd:DatasetDirectories:mnist); training images: original, MD5 f68b";
    private const string Rebuilt = "mnist from /data/mnist (ITD_MNIST_DIR); training images: copy rebuilt from PNGs, MD5 ff31";

    private static readonly DatasetDescription Mnist = DatasetDescription.Of("mnist", "the IDX files each silo reads");

    [Fact]
    public void Without_copies_from_the_trials_the_description_stays_as_given()
    {
        var records = SyntheticSweep.Records(SyntheticSweep.Spec(1e-2));

        Assert.Equal(Mnist, Mnist.WithCopiesOf(records));
    }

    [Fact]
    public void One_copy_names_every_folder_it_came_from_and_its_fingerprint()
    {
        var records = Trained((Original, "aaaa"), (Original, "aaaa"), (Elsewhere, "aaaa"));

        var description = Mnist.WithCopiesOf(records);

        Assert.Equal("MNIST", description.Name);
        Assert.Equal(
            "/data/mnist (ITD_MNIST_DIR); training images: original, MD5 f68b and from /srv/digits "
            + "(Itd:DatasetDirectories:mnist); training images: original, MD5 f68b; data fingerprint aaaa",
            description.Source);
    }

    [Fact]
    public void Different_data_on_different_silos_is_said_with_the_trials_of_each_copy()
    {
        var records = Trained((Original, "aaaa"), (Rebuilt, "bbbb"), (Original, "aaaa"));

        var source = Mnist.WithCopiesOf(records).Source!;

        Assert.StartsWith("**different data on different silos**", source);
        Assert.Contains("original, MD5 f68b; data fingerprint aaaa, 2 trials", source);
        Assert.Contains("copy rebuilt from PNGs, MD5 ff31; data fingerprint bbbb, 1 trial", source);
        Assert.True(source.IndexOf("aaaa", StringComparison.Ordinal) < source.IndexOf("bbbb", StringComparison.Ordinal));
    }

    [Fact]
    public void The_report_names_the_copy_its_trials_trained_on()
    {
        var spec = SyntheticSweep.Spec(1e-2);
        var records = SyntheticSweep.Records(spec)
            .Select(record => record with { Data = new DataCopy(Original, "aaaa") })
            .ToList();

        var markdown = SweepReport.Markdown(records, spec, Mnist);

        Assert.Contains("**MNIST** (mnist), from /data/mnist (ITD_MNIST_DIR); training images: original, MD5 f68b; "
            + "data fingerprint aaaa.", markdown);
    }

    private static List<TrialRecord> Trained(params (string Source, string Fingerprint)[] copies) =>
        [.. SyntheticSweep.Records(SyntheticSweep.Spec(1e-2))
            .Zip(copies, (record, copy) => record with { Data = new DataCopy(copy.Source, copy.Fingerprint) })];
}
