using CareerPlanner.TestSupport;
using CareerPlanner.Web.Domain;
using CareerPlanner.Web.Pages.Occupations;

namespace CareerPlanner.UnitTests.Pages.Occupations;

/// <summary>An O*NET text release is read by file and column names, from a folder or a ZIP, and a folder that is not one is refused.</summary>
public sealed class OnetReleaseTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("onet-tests-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void The_release_is_read_table_by_table_from_a_folder_or_a_zip_with_columns_in_any_order(bool reversedColumns, bool zipped)
    {
        var release = OnetFixture.Write(folder, reversedColumns);

        var read = OnetRelease.Read(zipped ? OnetFixture.Zip(release) : release);

        Assert.Equal("O*NET 99.9 Database", read.Name);
        Assert.Equal(5, read.Occupations.Count);
        Assert.Equal(5, read.Titles.Count); // the ghost occupation's title is not used
        Assert.Equal(7, read.Elements.Count);
        Assert.Equal(6, read.Technologies.Count);
        Assert.Equal(3, read.Related.Count);
        Assert.Equal(5, read.JobZones.Count);
        var developers = read.Occupations.Single(o => o.Code == OnetFixture.SoftwareDevelopers);
        Assert.Equal((6.5, 5.0, 4), (developers.Investigative, developers.Organising, developers.JobZone));
        var architect = read.Elements.Single(e => e.OccupationCode == OnetFixture.DatabaseArchitects && e.Name == "Programming");
        Assert.Equal((OccupationElementKind.Skill, 4.0, 5.25), (architect.Kind, architect.Importance, architect.Level));
        Assert.Contains("Alternate Titles.txt: 5 alternate titles (1 rows not used).", read.Report);
    }

    [Fact]
    public void An_occupation_without_skill_rows_and_one_without_interests_are_read_as_they_are()
    {
        var read = OnetRelease.Read(OnetFixture.Write(folder));

        Assert.DoesNotContain(read.Elements, e => e.OccupationCode == OnetFixture.SoftwareDevelopers);
        Assert.Equal(4, read.Technologies.Count(t => t.OccupationCode == OnetFixture.SoftwareDevelopers));
        var allOther = read.Occupations.Single(o => o.Code == OnetFixture.AllOther);
        Assert.False(allOther.HasInterests);
        Assert.Null(allOther.JobZone);
    }

    [Fact]
    public void A_folder_without_occupation_data_is_refused_with_the_reason()
    {
        var release = OnetFixture.Write(folder, withoutOccupationData: true);

        var refused = Assert.Throws<NotAnOnetReleaseException>(() => OnetRelease.Read(release));

        Assert.Contains("is not an O*NET text release: it has no Occupation Data.txt", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_reported_and_skipped()
    {
        var release = OnetFixture.Write(folder);
        File.Delete(Directory.GetFiles(release, "Technology Skills.txt", SearchOption.AllDirectories).Single());

        var read = OnetRelease.Read(release);

        Assert.Empty(read.Technologies);
        Assert.Contains("Technology Skills.txt: not in the release, skipped.", read.Report);
        Assert.Equal(5, read.Occupations.Count);
    }

    [Fact]
    public void A_file_that_is_not_a_zip_and_a_path_that_does_not_exist_are_refused()
    {
        var notZip = Path.Combine(folder, "notes.zip");
        File.WriteAllText(notZip, "hello");

        Assert.Contains("is not a ZIP file", Assert.Throws<NotAnOnetReleaseException>(() => OnetRelease.Read(notZip)).Message, StringComparison.Ordinal);
        Assert.Contains("There is no file or folder", Assert.Throws<NotAnOnetReleaseException>(() => OnetRelease.Read(Path.Combine(folder, "nothing"))).Message, StringComparison.Ordinal);
    }
}
