namespace ItdOrleans.Web;

/// <summary>The style sheet and script of the sweep pages, embedded in this assembly.</summary>
internal static class PageAssets
{
    private static readonly Dictionary<string, PageAsset> Assets = new(StringComparer.Ordinal)
    {
        ["site.css"] = Load("site.css", "text/css; charset=utf-8"),
        ["sweeps.js"] = Load("sweeps.js", "text/javascript; charset=utf-8"),
    };

    public static PageAsset? Find(string name) => Assets.GetValueOrDefault(name);

    private static PageAsset Load(string name, string contentType)
    {
        using var stream = typeof(PageAssets).Assembly.GetManifestResourceStream("Assets/" + name)
            ?? throw new InvalidOperationException($"The page asset '{name}' is not embedded in the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return new PageAsset(copy.ToArray(), contentType);
    }
}
