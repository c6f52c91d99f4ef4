using IepNavigator.Dialogs.Cases;
using IepNavigator.Knowledge;
using IepNavigator.Knowledge.Advising;
using IepNavigator.Knowledge.Facts;
using Microsoft.Extensions.Time.Testing;

namespace IepNavigator.Dialogs.Tests.Cases;

/// <summary>Advice on unchanged facts and date is reused; any change to either asks the rules again.</summary>
public class CaseAdvisorCacheTests
{
    private readonly CountingAdvisor _inner = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 2, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Advise_SameFactsSameDay_RunsTheRulesOnceAndReturnsTheSameAdvice()
    {
        var advisor = new CaseAdvisor(_inner, _clock);
        var record = new CaseRecord { Facts = new CaseFacts { Stage = Stage.IepInPlace, State = "WA", Concerns = [ConcernArea.Reading] } };

        var first = advisor.Advise(record);
        // Another record with equal facts (another turn reads a new copy, with its own concern list).
        var again = advisor.Advise(new CaseRecord { Facts = new CaseFacts { Stage = Stage.IepInPlace, State = "WA", Concerns = [ConcernArea.Reading] } });

        Assert.Equal(1, _inner.Calls);
        Assert.Same(first, again);
    }

    [Fact]
    public void Advise_AfterAFactChanges_AsksAgainWithTheNewFacts()
    {
        var advisor = new CaseAdvisor(_inner, _clock);
        var record = new CaseRecord { Facts = new CaseFacts { Stage = Stage.IepInPlace } };
        advisor.Advise(record);

        record.Set(FactNames.HasRecords, true);
        advisor.Advise(record);

        Assert.Equal(2, _inner.Calls);
        Assert.True(_inner.LastFacts!.HasRecords);
    }

    [Fact]
    public void Advise_OnTheNextDay_AsksAgainWithTheNewDate()
    {
        var advisor = new CaseAdvisor(_inner, _clock);
        var record = new CaseRecord { Facts = new CaseFacts { Stage = Stage.IepInPlace } };
        advisor.Advise(record);

        _clock.Advance(TimeSpan.FromDays(1));
        advisor.Advise(record);

        Assert.Equal(2, _inner.Calls);
        Assert.Equal(advisor.Today, _inner.LastToday);
    }

    [Fact]
    public void Advise_AfterAConcernIsAdded_AsksAgain()
    {
        var advisor = new CaseAdvisor(_inner, _clock);
        advisor.Advise(new CaseRecord { Facts = new CaseFacts { Stage = Stage.Concerned, Concerns = [ConcernArea.Reading] } });

        advisor.Advise(new CaseRecord { Facts = new CaseFacts { Stage = Stage.Concerned, Concerns = [ConcernArea.Reading, ConcernArea.Math] } });

        Assert.Equal(2, _inner.Calls);
        Assert.Equal([ConcernArea.Reading, ConcernArea.Math], _inner.LastFacts!.Concerns);
    }

    private sealed class CountingAdvisor : IAdvisor
    {
        public int Calls { get; private set; }
        public CaseFacts? LastFacts { get; private set; }
        public DateOnly LastToday { get; private set; }

        public Advice Advise(CaseFacts facts, DateOnly today)
        {
            Calls++;
            LastFacts = facts;
            LastToday = today;
            return new Advice { Disclaimer = "test" };
        }
    }
}
