using IepNavigator.Triage.FreeHelp;

namespace IepNavigator.Triage.Tests.FreeHelp;

public sealed class ParentCenterDirectoryTests
{
    private static readonly string[] Jurisdictions =
    [
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME",
        "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "PR",
        "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
    ];

    [Fact]
    public void Directory_EveryStateDcAndPr_HasAParentCenterAndAProtectionAndAdvocacyAgencyWithSources()
    {
        var directory = ParentCenterDirectory.Default;

        Assert.Equal(Jurisdictions.Order(), directory.States.Order());
        foreach (var code in Jurisdictions)
        {
            var help = directory.Find(code)!;
            Assert.NotEmpty(help.ParentCenters);
            Assert.NotNull(help.ProtectionAndAdvocacy);
            foreach (var organization in help.ParentCenters.Append(help.ProtectionAndAdvocacy!))
            {
                Assert.Equal(Uri.UriSchemeHttps, organization.Website.Scheme);
                Assert.Equal(Uri.UriSchemeHttps, organization.SourceUrl.Scheme);
                if (!organization.Verified)
                {
                    // Unverified entries point at the national directory, where a parent can check them.
                    Assert.Contains(organization.SourceUrl, directory.DirectoryUrls);
                }
            }
        }
    }

    [Fact]
    public void Find_LowerCaseOrUnknownCode_FindsOrReturnsNull()
    {
        Assert.Equal("WA", ParentCenterDirectory.Default.Find(" wa ")?.State);
        Assert.Null(ParentCenterDirectory.Default.Find("ZZ"));
        Assert.Null(ParentCenterDirectory.Default.Find(null));
    }
}
