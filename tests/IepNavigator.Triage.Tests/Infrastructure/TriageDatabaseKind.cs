namespace IepNavigator.Triage.Tests.Infrastructure;

public enum TriageDatabaseKind
{
    Sqlite,
    Postgres,
}
