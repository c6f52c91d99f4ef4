using BenchmarkDotNet.Running;

namespace IepNavigator.Knowledge.Bench;

/// <summary>
/// Runs every benchmark class in this assembly; pick with --filter (see bench/README.md). <c>dump-advice FILE</c> and
/// <c>cpu-per-call</c> run the advisor tools of <see cref="AdviceDump"/> instead.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        switch (args)
        {
            case ["dump-advice", var path]:
                AdviceDump.Write(path);
                break;
            case ["cpu-per-call"]:
                AdviceDump.CpuPerCall();
                break;
            default:
                BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
                break;
        }
    }
}
