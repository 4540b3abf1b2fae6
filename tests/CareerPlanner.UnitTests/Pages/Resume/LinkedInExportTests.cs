using CareerPlanner.TestSupport;
using CareerPlanner.Web.Domain;
using CareerPlanner.Web.Pages.Resume;

namespace CareerPlanner.UnitTests.Pages.Resume;

public class LinkedInExportTests
{
    [Fact]
    public void Every_file_of_the_export_is_read_by_its_header_names()
    {
        var history = LinkedInExport.Read(LinkedInFixture.Zip());

        Assert.Equal("Data engineer who ships", history.Headline);
        Assert.Equal("I build data pipelines, and teach others.", history.Summary);
        Assert.Equal(["Senior data engineer", "Data analyst", "Intern"], history.Positions.Select(p => p.Title));
        var current = history.Positions[0];
        Assert.Equal(("Contoso", "London, UK"), (current.Employer, current.Location));
        Assert.Equal("Led the warehouse move, end to end.\nCut costs by 30%.", current.Description);
        Assert.Equal(MonthOrYear.Month(2021, 1), current.Start);
        Assert.Null(current.End); // an empty Finished On: the person works there now
        Assert.Equal(MonthOrYear.Month(2020, 12), history.Positions[1].End);
        Assert.Equal(new MonthOrYear(new DateOnly(2016, 1, 1), YearOnly: true), history.Positions[2].Start);
        var study = Assert.Single(history.Education);
        Assert.Equal(("University of Leeds", "BSc Mathematics", "Chess club"), (study.Institution, study.Qualification, study.Notes));
        Assert.Equal(("2013", "2016"), (study.Start.ToString(), study.End.ToString()));
        Assert.Equal(["SQL", "Python", "Stakeholder management"], history.Skills.Select(s => s.Name));
        Assert.All(history.Skills, s => Assert.Null(s.Rating));
        var certification = Assert.Single(history.Certifications);
        Assert.Equal(("Microsoft", new DateOnly(2022, 2, 1), new DateOnly(2027, 2, 1), "ABC-123"),
            (certification.Issuer, certification.IssuedOn, certification.ExpiresOn, certification.CredentialId));
        Assert.Equal([("English", LanguageProficiency.NativeOrBilingual), ("French", LanguageProficiency.LimitedWorking)],
            history.Languages.Select(l => (l.Name, l.Proficiency)));
        Assert.Equal(["Grace Hopper", "Alan Turing"], history.Contacts.Select(c => c.Name));
        Assert.Equal(("Navy", "Rear admiral", "grace@example.com", new DateOnly(2021, 1, 15)),
            (history.Contacts[0].Organisation, history.Contacts[0].Role, history.Contacts[0].Email, history.Contacts[0].ConnectedOn));
        Assert.Null(history.Contacts[1].Email);
        Assert.Equal(new ImportedAchievement(new DateOnly(2022, 12, 1), "Employee of the year", "For the warehouse move"), Assert.Single(history.Achievements));
    }

    [Fact]
    public void A_json_resume_is_read_with_its_awards_as_achievements_and_undated_awards_left_out()
    {
        var history = JsonResume.Read("""
            {
              "basics": { "label": "Data engineer" },
              "work": [{ "name": "Contoso", "position": "Engineer", "startDate": "2021-01", "highlights": ["Moved the warehouse", "  "] }],
              "awards": [{ "title": "Employee of the year", "date": "2022-12-15", "summary": "For the move" }, { "title": "Undated" }],
              "skills": [{ "name": "SQL", "level": "Advanced" }, { "name": "Python" }]
            }
            """);

        Assert.Equal("Data engineer", history.Headline);
        var position = Assert.Single(history.Positions);
        Assert.Equal(("Contoso", "Engineer", "Moved the warehouse"), (position.Employer, position.Title, position.Highlights));
        Assert.Equal(new ImportedAchievement(new DateOnly(2022, 12, 1), "Employee of the year", "For the move"), Assert.Single(history.Achievements));
        Assert.Equal([("SQL", (int?)4), ("Python", null)], history.Skills.Select(s => (s.Name, s.Rating)));
    }

    [Fact]
    public void Columns_in_another_order_and_missing_files_are_read_all_the_same()
    {
        var history = LinkedInExport.Read(LinkedInFixture.Zip(new Dictionary<string, string>
        {
            ["export/Positions.csv"] = "Finished On,Started On,Title,Location,Description,Company Name\n,Sep 2022,Engineer,,,Contoso\n",
        }));

        var position = Assert.Single(history.Positions);
        Assert.Equal(("Contoso", "Engineer", MonthOrYear.Month(2022, 9)), (position.Employer, position.Title, position.Start));
        Assert.Empty(history.Education);
        Assert.Empty(history.Contacts);
        Assert.Null(history.Headline);
    }

    [Theory]
    [InlineData("Title,Description\nEngineer,x\n", "Positions.csv has no header row naming the columns Company Name, Title, Started On")]
    [InlineData("Company Name,Title,Started On,Finished On\nContoso,Engineer,Jan 2021,\nFabrikam,Analyst,Smarch 2019,\n", "Positions.csv, row 3: \"Smarch 2019\" in Started On is not a date")]
    [InlineData("Company Name,Title,Started On\nContoso,Engineer,\n", "Positions.csv, row 2 has no start date")]
    public void A_file_without_its_header_or_with_a_date_that_cannot_be_read_is_refused_naming_the_row(string positions, string message)
    {
        var refused = Assert.Throws<ImportRefusedException>(() => LinkedInExport.Read(LinkedInFixture.Zip(new Dictionary<string, string> { ["Positions.csv"] = positions })));

        Assert.StartsWith(message, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_zip_or_a_zip_without_csv_files_is_refused()
    {
        Assert.Contains("not the ZIP file LinkedIn sends", Assert.Throws<ImportRefusedException>(() => LinkedInExport.Read("Company Name,Title\n"u8.ToArray())).Message, StringComparison.Ordinal);
        Assert.Contains("not the ZIP file LinkedIn sends", Assert.Throws<ImportRefusedException>(() => LinkedInExport.Read(LinkedInFixture.Zip(new Dictionary<string, string> { ["notes.txt"] = "hello" }))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zip_that_unpacks_to_far_more_than_its_size_is_refused_before_it_is_read()
    {
        var bomb = LinkedInFixture.Bomb(LinkedInExport.MaxFileBytes + 1024 * 1024);

        Assert.True(bomb.Length < 100 * 1024, $"the bomb is {bomb.Length} bytes");
        Assert.Contains("unpacks to far more", Assert.Throws<ImportRefusedException>(() => LinkedInExport.Read(bomb)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Jan 2021", 2021, 1, false)]
    [InlineData("January 2021", 2021, 1, false)]
    [InlineData("Sept 2019", 2019, 9, false)]
    [InlineData("2021-03", 2021, 3, false)]
    [InlineData("2021-03-15", 2021, 3, false)]
    [InlineData("03/2021", 2021, 3, false)]
    [InlineData(" 2015 ", 2015, 1, true)]
    public void Month_or_year_reads_the_ways_people_and_files_write_them(string text, int year, int month, bool yearOnly)
    {
        Assert.True(MonthOrYear.TryParse(text, out var value));
        Assert.Equal(new MonthOrYear(new DateOnly(year, month, 1), yearOnly), value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("1850")]
    [InlineData("13/2021")]
    [InlineData("Jan 3021")]
    public void Month_or_year_refuses_what_is_no_date_or_out_of_range(string text) => Assert.False(MonthOrYear.TryParse(text, out _));
}
