using System.Reflection;
using System.Xml.Linq;
using IepNavigator.Dialogs.Runtime;

namespace IepNavigator.Dialogs.Tests.Architecture;

/// <summary>
/// dialogs/README.md: the chat references Bot Builder, knowledge/ and the storage contracts only, never ASP.NET Core
/// and never the Storage implementation (which brings ASP.NET Core through Data Protection). Checked twice: in the
/// project files (a FrameworkReference flows through every ProjectReference, used or not) and in the compiled
/// assemblies (what the code really calls).
/// </summary>
public sealed class DependencyTests
{
    private const string DialogsProject = "dialogs/IepNavigator.Dialogs/IepNavigator.Dialogs.csproj";

    [Fact]
    public void ProjectGraph_FromDialogs_HasNoAspNetCoreAndNoStorageImplementation()
    {
        var root = RepositoryRoot();
        var offending = new List<string>();
        foreach (var project in ProjectClosure(Path.Combine(root, DialogsProject)))
        {
            var name = Path.GetFileName(project);
            var xml = XDocument.Load(project);
            if (name == "IepNavigator.Storage.csproj")
            {
                offending.Add($"{Relative(root, project)} (the Storage implementation; reference IepNavigator.Storage.Abstractions)");
            }

            foreach (var reference in xml.Descendants("FrameworkReference").Concat(xml.Descendants("PackageReference")))
            {
                var include = (string?)reference.Attribute("Include") ?? "";
                if (include.StartsWith("Microsoft.AspNetCore", StringComparison.OrdinalIgnoreCase)
                    || include.Contains(".AspNet.", StringComparison.OrdinalIgnoreCase))
                {
                    offending.Add($"{Relative(root, project)} references {include}");
                }
            }
        }

        Assert.True(offending.Count == 0, "dialogs/ must not reach ASP.NET Core or Storage:\n" + string.Join("\n", offending));
    }

    [Fact]
    public void CompiledDialogs_ReferenceNoAspNetCoreAssemblyAndNoStorageImplementation()
    {
        var offending = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<Assembly>([typeof(DialogRunner).Assembly]);
        while (pending.TryDequeue(out var assembly))
        {
            foreach (var reference in assembly.GetReferencedAssemblies())
            {
                var name = reference.Name ?? "";
                if (name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) || name == "IepNavigator.Storage")
                {
                    offending.Add($"{assembly.GetName().Name} -> {name}");
                }
                else if (name.StartsWith("IepNavigator.", StringComparison.Ordinal) && seen.Add(name))
                {
                    pending.Enqueue(Assembly.Load(reference)); // our own libraries: follow them too
                }
            }
        }

        Assert.Contains("IepNavigator.Storage.Abstractions", seen);
        Assert.True(offending.Count == 0, "dialogs/ must not reach ASP.NET Core or Storage:\n" + string.Join("\n", offending));
    }

    private static IEnumerable<string> ProjectClosure(string start)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([Path.GetFullPath(start)]);
        while (pending.TryPop(out var project))
        {
            if (!seen.Add(project))
            {
                continue;
            }

            yield return project;
            var folder = Path.GetDirectoryName(project)!;
            foreach (var reference in XDocument.Load(project).Descendants("ProjectReference"))
            {
                var include = ((string?)reference.Attribute("Include") ?? "").Replace('\\', '/');
                pending.Push(Path.GetFullPath(Path.Combine(folder, include)));
            }
        }
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IepNavigator.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (IepNavigator.sln) is not above the test folder.");
    }
}
