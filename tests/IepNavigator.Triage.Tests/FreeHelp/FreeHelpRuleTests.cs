using IepNavigator.Knowledge.Advising;
using IepNavigator.Knowledge.Facts;
using IepNavigator.Triage.FreeHelp;
using IepNavigator.Triage.Urgency;

namespace IepNavigator.Triage.Tests.FreeHelp;

public sealed class FreeHelpRuleTests
{
    private static readonly NextStep DueProcess = new() { Id = "consider-due-process", Title = "t", Why = "w", Urgency = Knowledge.Advising.Urgency.Now };
    private static readonly NextStep Records = new() { Id = "request-records", Title = "t", Why = "w", Urgency = Knowledge.Advising.Urgency.Now };

    [Fact]
    public void Refer_EarlyStage_FreeHelpFirstAndNamesTheStatesCenters()
    {
        var referral = FreeHelpRule.Default.Refer(new CaseFacts { State = "NM", Stage = Stage.Concerned }, [DueProcess], UrgencyLevel.Routine, canPayForAdvocate: true);

        Assert.True(referral.FreeHelpFirst);
        Assert.Equal([FreeHelpReasons.EarlyStage], referral.ReasonCodes);
        Assert.Equal("NM", referral.Help?.State);
    }

    [Fact]
    public void Refer_OnlySimpleRequestsPending_FreeHelpFirst()
    {
        var referral = FreeHelpRule.Default.Refer(new CaseFacts { State = "TX", Stage = Stage.IepInPlace }, [Records], UrgencyLevel.Priority, canPayForAdvocate: null);

        Assert.True(referral.FreeHelpFirst);
    }

    [Fact]
    public void Refer_DisputeThatCanPay_AdvocateFirstButFreeHelpStillNamed()
    {
        var referral = FreeHelpRule.Default.Refer(new CaseFacts { State = "CA", Stage = Stage.Disagreement }, [DueProcess, Records], UrgencyLevel.Priority, canPayForAdvocate: true);

        Assert.False(referral.FreeHelpFirst);
        Assert.NotNull(referral.Help?.ProtectionAndAdvocacy);
        Assert.NotEmpty(referral.DirectoryUrls);
    }

    [Fact]
    public void Refer_UrgentAndCannotPay_FreeHelpFirstWithOneReason_UrgentAndCanPay_AdvocateFirst()
    {
        var facts = new CaseFacts { State = "WA", Stage = Stage.Concerned };

        var cannotPay = FreeHelpRule.Default.Refer(facts, [Records], UrgencyLevel.Urgent, canPayForAdvocate: false);
        var canPay = FreeHelpRule.Default.Refer(facts, [Records], UrgencyLevel.Urgent, canPayForAdvocate: true);

        Assert.True(cannotPay.FreeHelpFirst);
        Assert.Equal([FreeHelpReasons.UrgentAndCannotPay], cannotPay.ReasonCodes);
        Assert.False(canPay.FreeHelpFirst);
    }
}
