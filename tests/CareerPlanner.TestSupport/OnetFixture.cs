using System.IO.Compression;
using System.Text;

namespace CareerPlanner.TestSupport;

/// <summary>
/// A small O*NET text release in the real layout (tab-delimited, a header row per file, the real file and column
/// names), written by the tests themselves: five occupations, among them Software Developers with no skill or
/// knowledge ratings (as in release 29.3) and an "All Other" code with no interest data or job zone.
/// </summary>
public static class OnetFixture
{
    public const string SoftwareDevelopers = "15-1252.00";
    public const string DatabaseArchitects = "15-1243.00";
    public const string GraphicDesigners = "27-1024.00";
    public const string RegisteredNurses = "29-1141.00";
    public const string AllOther = "15-1299.00";

    /// <summary>Writes the release into a new folder (with the files one folder down, as the ZIP unpacks) and returns the folder.</summary>
    public static string Write(string parent, bool reversedColumns = false, bool withoutOccupationData = false, string release = "O*NET 99.9 Database")
    {
        var root = Path.Combine(parent, "onet-" + Guid.NewGuid().ToString("N"));
        var folder = Path.Combine(root, "db_99_9_text");
        Directory.CreateDirectory(folder);
        void File(string name, string[] header, params string[][] rows)
        {
            var order = Enumerable.Range(0, header.Length).ToArray();
            if (reversedColumns)
            {
                Array.Reverse(order);
            }
            var text = new StringBuilder();
            foreach (var row in new[] { header }.Concat(rows))
            {
                text.Append(string.Join('\t', order.Select(i => row[i]))).Append("\r\n");
            }
            System.IO.File.WriteAllText(Path.Combine(folder, name), text.ToString());
        }
        if (!withoutOccupationData)
        {
            File("Occupation Data.txt", ["O*NET-SOC Code", "Title", "Description"],
                [SoftwareDevelopers, "Software Developers", "Research, design, and develop computer and network software."],
                [DatabaseArchitects, "Database Architects", "Design strategies for enterprise databases and data warehouses."],
                [GraphicDesigners, "Graphic Designers", "Design or create graphics to meet specific commercial or promotional needs."],
                [RegisteredNurses, "Registered Nurses", "Assess patient health problems and needs and administer nursing care."],
                [AllOther, "Computer Occupations, All Other", "All computer occupations not listed separately."]);
        }
        File("Alternate Titles.txt", ["O*NET-SOC Code", "Title", "Alternate Title", "Short Title", "Source(s)"],
            [SoftwareDevelopers, "Software Developers", "DevOps Engineer", "", "08"],
            [SoftwareDevelopers, "Software Developers", "Application Developer", "", "08"],
            [DatabaseArchitects, "Database Architects", "Data Engineer", "", "08"],
            [GraphicDesigners, "Graphic Designers", "Logo Designer", "", "08"],
            [RegisteredNurses, "Registered Nurses", "Staff Nurse", "", "08"],
            ["99-9999.00", "Not In The Release", "Ghost Title", "", "08"]);
        var interests = new List<string[]>();
        void Interest(string code, params double[] scores)
        {
            string[] names = ["Realistic", "Investigative", "Artistic", "Social", "Enterprising", "Conventional"];
            for (var i = 0; i < 6; i++)
            {
                interests.Add([code, "x", $"1.B.1.{(char)('a' + i)}", names[i], "OI", "Occupational Interests", scores[i].ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), "11/2023", "Analyst"]);
            }
            interests.Add([code, "x", "1.B.2.a", "First Interest High-Point", "IH", "Occupational Interest High-Point", "2.00", "11/2023", "Analyst"]);
        }
        Interest(SoftwareDevelopers, 2.0, 6.5, 3.0, 1.5, 2.0, 5.0);
        Interest(DatabaseArchitects, 1.5, 6.0, 1.5, 1.2, 2.5, 6.2);
        Interest(GraphicDesigners, 3.0, 2.0, 7.0, 4.5, 3.0, 2.0);
        Interest(RegisteredNurses, 2.5, 4.0, 1.5, 6.8, 3.0, 3.5);
        File("Interests.txt", ["O*NET-SOC Code", "Title", "Element ID", "Element Name", "Scale ID", "Scale Name", "Data Value", "Date", "Domain Source"], [.. interests]);
        File("Job Zones.txt", ["O*NET-SOC Code", "Title", "Job Zone", "Date", "Domain Source"],
            [SoftwareDevelopers, "x", "4", "08/2023", "Analyst"], [DatabaseArchitects, "x", "5", "08/2023", "Analyst"],
            [GraphicDesigners, "x", "3", "08/2023", "Analyst"], [RegisteredNurses, "x", "3", "08/2023", "Analyst"]);
        File("Job Zone Reference.txt", ["Job Zone", "Name", "Experience", "Education", "Job Training", "Examples", "SVP Range"],
            [.. Enumerable.Range(1, 5).Select(z => new[] { $"{z}", $"Job Zone {z}: preparation {z}", $"Experience {z}.", $"Education {z}.", "Training.", "Examples.", "(x)" })]);
        string[] ratingHeader = ["O*NET-SOC Code", "Title", "Element ID", "Element Name", "Scale ID", "Scale Name", "Data Value", "N", "Standard Error", "Lower CI Bound", "Upper CI Bound", "Recommend Suppress", "Not Relevant", "Date", "Domain Source"];
        string[] Rating(string code, string name, string scale, string value) => [code, "x", "2.A", name, scale, scale == "IM" ? "Importance" : "Level", value, "8", "0.1", "0", "0", "N", "N", "08/2023", "Analyst"];
        File("Skills.txt", ratingHeader,
            Rating(DatabaseArchitects, "Programming", "IM", "4.00"), Rating(DatabaseArchitects, "Programming", "LV", "5.25"),
            Rating(DatabaseArchitects, "Critical Thinking", "IM", "3.88"), Rating(DatabaseArchitects, "Critical Thinking", "LV", "4.50"),
            Rating(DatabaseArchitects, "Writing", "IM", "3.00"), Rating(DatabaseArchitects, "Writing", "LV", "3.50"),
            Rating(GraphicDesigners, "Active Listening", "IM", "3.75"), Rating(GraphicDesigners, "Active Listening", "LV", "3.88"),
            Rating(RegisteredNurses, "Service Orientation", "IM", "4.12"), Rating(RegisteredNurses, "Service Orientation", "LV", "4.25"));
        File("Knowledge.txt", ratingHeader,
            Rating(DatabaseArchitects, "Computers and Electronics", "IM", "4.62"), Rating(DatabaseArchitects, "Computers and Electronics", "LV", "6.12"),
            Rating(GraphicDesigners, "Design", "IM", "4.50"), Rating(GraphicDesigners, "Design", "LV", "5.00"));
        File("Technology Skills.txt", ["O*NET-SOC Code", "Title", "Example", "Commodity Code", "Commodity Title", "Hot Technology", "In Demand"],
            [SoftwareDevelopers, "x", "Python", "43232405", "Object or component oriented development software", "Y", "Y"],
            [SoftwareDevelopers, "x", "Amazon Web Services AWS software", "43232701", "Application server software", "Y", "Y"],
            [SoftwareDevelopers, "x", "Git", "43232402", "Development environment software", "Y", "N"],
            [SoftwareDevelopers, "x", "Notepad", "43232402", "Text editors", "N", "N"],
            [DatabaseArchitects, "x", "Structured query language SQL", "43232405", "Query software", "Y", "Y"],
            [GraphicDesigners, "x", "Adobe Photoshop", "43232102", "Graphics software", "Y", "Y"]);
        File("Related Occupations.txt", ["O*NET-SOC Code", "Title", "Related O*NET-SOC Code", "Related Title", "Relatedness Tier", "Index"],
            [SoftwareDevelopers, "x", DatabaseArchitects, "Database Architects", "Primary-Short", "1"],
            [SoftwareDevelopers, "x", GraphicDesigners, "Graphic Designers", "Primary-Long", "2"],
            [DatabaseArchitects, "x", SoftwareDevelopers, "Software Developers", "Primary-Short", "1"]);
        System.IO.File.WriteAllText(Path.Combine(folder, "Read Me.txt"), $"{release}\r\nTest Release\r\n----\r\n");
        return root;
    }

    /// <summary>Writes the release and imports it as the catalogue of the factory's database.</summary>
    public static Task ImportAsync(CareerPlannerFactory factory, string release = "O*NET 99.9 Database") =>
        factory.WithDbAsync(db => Web.Pages.Occupations.OccupationImport.ReplaceAsync(
            db, Web.Pages.Occupations.OnetRelease.Read(Write(CareerPlannerFactory.TestFolder, release: release)), factory.Clock.GetUtcNow().UtcDateTime));

    /// <summary>The release as a ZIP (db_99_9_text/… inside, as onetcenter.org ships it); returns the ZIP's path.</summary>
    public static string Zip(string folder)
    {
        var zip = folder + ".zip";
        ZipFile.CreateFromDirectory(folder, zip);
        return zip;
    }
}
