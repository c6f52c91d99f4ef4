#:project ../IepNavigator.Triage.csproj
// Prints the PBKDF2 hash for Triage:Advocates:N:PasswordHash. The password is read from standard input
// (not an argument) so it stays out of shell history:  dotnet run src/IepNavigator.Triage/tools/hash-password.cs
using IepNavigator.Triage.AdvocateConsole;

Console.Error.WriteLine("Password (then Enter):");
var password = Console.IsInputRedirected ? Console.In.ReadLine() : ReadHidden();
if (string.IsNullOrEmpty(password))
{
    Console.Error.WriteLine("No password given.");
    return 1;
}

Console.WriteLine(AdvocatePassword.Hash(password));
return 0;

static string ReadHidden()
{
    var text = new System.Text.StringBuilder();
    for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
    {
        if (key.Key == ConsoleKey.Backspace && text.Length > 0)
        {
            text.Length--;
        }
        else if (!char.IsControl(key.KeyChar))
        {
            text.Append(key.KeyChar);
        }
    }

    Console.Error.WriteLine();
    return text.ToString();
}
