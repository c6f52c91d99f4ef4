namespace IepNavigator.Scale.Tests.Hosting;

/// <summary>
/// Finds src/IepNavigator.Web's own build output (same configuration and target framework as this test
/// assembly), which has the host's runtimeconfig and dependencies; the ProjectReference makes sure it is built.
/// </summary>
internal static class WebHostBuild
{
    private const string DllName = "IepNavigator.Web.dll";

    public static string DllPath()
    {
        // This assembly runs from tests/IepNavigator.Scale.Tests/bin/<Configuration>/<tfm>/.
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var tfm = output.Name;
        var configuration = output.Parent?.Name ?? "Debug";
        for (var folder = output; folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "src", "IepNavigator.Web", "bin", configuration, tfm, DllName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException(
            $"{DllName} ({configuration}/{tfm}) was not found under src/IepNavigator.Web/bin; build the test project (it references the host).");
    }
}
