System.Console.WriteLine("benchmarks: see bench/README.md");
