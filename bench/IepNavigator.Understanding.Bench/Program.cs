using BenchmarkDotNet.Running;

namespace IepNavigator.Understanding.Bench;

/// <summary>Runs every benchmark class in this assembly; pick with --filter (see bench/README.md). <c>cpu [rounds]</c>: CPU time per read instead.</summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "cpu")
        {
            CpuPerRead.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 200);
            return;
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
