using BenchmarkDotNet.Running;

namespace IepNavigator.Access.Bench;

/// <summary>Runs every benchmark class in this assembly; pick with --filter (see bench/README.md).</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
