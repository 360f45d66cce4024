using ItdOrleans.Core.Data;

namespace ItdOrleans.Core.Tests.Data;

public sealed class DatasetCacheTests
{
    private static readonly DatasetOptions Options = new() { Directory = "/somewhere" };

    [Fact]
    public void Concurrent_requests_load_a_dataset_once_and_share_it()
    {
        var loads = 0;
        using var started = new Barrier(8);
        var cache = new DatasetCache((name, _) =>
        {
            Interlocked.Increment(ref loads);
            Thread.Sleep(50);
            return Tiny(name);
        });

        var results = new DatasetSplits?[8];
        var threads = Enumerable.Range(0, results.Length)
            .Select(i => new Thread(() =>
            {
                started.SignalAndWait();
                results[i] = cache.Get("mnist", Options);
            }))
            .ToList();
        threads.ForEach(thread => thread.Start());
        threads.ForEach(thread => thread.Join());

        Assert.Equal(1, loads);
        Assert.All(results, splits => Assert.Same(results[0], splits));
    }

    [Fact]
    public void Names_differing_in_case_share_one_load_but_other_directories_do_not()
    {
        var loads = 0;
        var cache = new DatasetCache((name, _) => Tiny(name, Interlocked.Increment(ref loads)));

        var first = cache.Get("mnist", Options);

        Assert.Same(first, cache.Get(" MNIST", Options with { AllowDownload = true }));
        Assert.NotSame(first, cache.Get("mnist", Options with { Directory = "/elsewhere" }));
        Assert.Equal(2, loads);
    }

    [Fact]
    public void Failed_load_is_not_kept_so_a_later_request_tries_again()
    {
        var calls = 0;
        var cache = new DatasetCache((name, _) =>
            Interlocked.Increment(ref calls) == 1 ? throw new DatasetNotFoundException(name, "not yet") : Tiny(name));

        Assert.Throws<DatasetNotFoundException>(() => cache.Get("mnist", Options));
        var splits = cache.Get("mnist", Options);

        Assert.Equal("mnist", splits.Name);
        Assert.Equal(2, calls);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void Shared_datasets_hand_out_one_instance_per_process()
    {
        var digits = RealDigits.Current;
        var options = new DatasetOptions { Directory = digits.Directory };

        var first = SharedDatasets.Get(digits.Name, options);

        Assert.Same(first, SharedDatasets.Get(digits.Name, options));
        Assert.Equal(55_000, first.Train.Count);
    }

    private static DatasetSplits Tiny(string name, int load = 1)
    {
        var images = ImageSet.FromPixels(new byte[4 * 3], 3, [0, 1, 2, 3]);
        return DatasetSplits.Create(name, $"load {load}", images, images, validationCount: 1);
    }
}
