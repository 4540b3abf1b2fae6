using System.IO.Compression;
using System.Text;

namespace CareerPlanner.TestSupport;

/// <summary>
/// A small LinkedIn data export written by the tests themselves, shaped like the real one: CSV files in a ZIP, a UTF-8
/// byte-order mark on some, a "Notes:" preamble before the header of Connections.csv, "Jan 2021" and year-only dates,
/// a quoted field holding a comma and a line break, columns in LinkedIn's order (or any other).
/// </summary>
public static class LinkedInFixture
{
    public const string Profile = "\uFEFFFirst Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\n" +
        "Ada,Lovelace,,,,Data engineer who ships,\"I build data pipelines, and teach others.\",Software,,London,,,\n";

    public const string Positions = "\uFEFFCompany Name,Title,Description,Location,Started On,Finished On\n" +
        "Contoso,Senior data engineer,\"Led the warehouse move, end to end.\nCut costs by 30%.\",\"London, UK\",Jan 2021,\n" +
        "Fabrikam,Data analyst,Reports for finance,Leeds,Mar 2017,Dec 2020\n" +
        "Northwind,Intern,,,2016,2016\n";

    public const string Education = "School Name,Start Date,End Date,Notes,Degree Name,Activities\n" +
        "University of Leeds,2013,2016,,BSc Mathematics,Chess club\n";

    public const string Skills = "Name\nSQL\nPython\nStakeholder management\n";

    public const string Certifications = "Name,Url,Authority,Started On,Finished On,License Number\n" +
        "Azure Data Engineer Associate,https://learn.microsoft.com/certs/1,Microsoft,Feb 2022,Feb 2027,ABC-123\n";

    public const string Languages = "Name,Proficiency\nEnglish,Native or bilingual proficiency\nFrench,Limited working proficiency\n";

    public const string Connections = "Notes:\n" +
        "\"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address.\"\n" +
        "\n" +
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n" +
        "Grace,Hopper,https://www.linkedin.com/in/grace,grace@example.com,Navy,Rear admiral,15 Jan 2021\n" +
        "Alan,Turing,https://www.linkedin.com/in/alan,,Bletchley,Cryptanalyst,02 Mar 2019\n";

    public const string Honors = "Title,Description,Issued On\nEmployee of the year,For the warehouse move,Dec 2022\n";

    /// <summary>Every file of the export, as LinkedIn names them.</summary>
    public static Dictionary<string, string> All() => new()
    {
        ["Profile.csv"] = Profile, ["Positions.csv"] = Positions, ["Education.csv"] = Education, ["Skills.csv"] = Skills,
        ["Certifications.csv"] = Certifications, ["Languages.csv"] = Languages, ["Connections.csv"] = Connections,
        ["Honors.csv"] = Honors,
        ["Rich_Media.csv"] = "Date/Time,Media Description\n", // a file the import does not read
    };

    /// <summary>The files zipped, each under a folder as some exports do.</summary>
    public static byte[] Zip(IReadOnlyDictionary<string, string> files)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in files)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(new UTF8Encoding(false).GetBytes(text));
            }
        }
        return buffer.ToArray();
    }

    public static byte[] Zip() => Zip(All());

    /// <summary>A ZIP bomb: a few kilobytes that unpack to far more than the import allows.</summary>
    public static byte[] Bomb(long unpackedBytes)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("Positions.csv", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (long written = 0; written < unpackedBytes; written += zeros.Length)
            {
                entry.Write(zeros);
            }
        }
        return buffer.ToArray();
    }
}
