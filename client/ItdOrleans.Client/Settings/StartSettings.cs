namespace ItdOrleans.Client.Settings;

/// <summary>Options of <c>itd sweep start</c>: a sweep and the cluster to run it on.</summary>
public sealed class StartSettings : SpecSettings;
