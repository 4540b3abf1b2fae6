using System.Globalization;
using System.IO.Compression;

namespace CareerPlanner.Web.Pages.Occupations;

/// <summary>A folder or ZIP that is not an O*NET text release, with the reason in words.</summary>
public sealed class NotAnOnetReleaseException(string message) : Exception(message);

/// <summary>
/// An O*NET database release in its tab-delimited text layout (the <c>db_XX_X_text.zip</c> that onetcenter.org offers,
/// or the folder it unzips to), read into catalogue rows. Files are found by name anywhere in the ZIP or up to one folder
/// down, and columns by their header, not their position. Only <c>Occupation Data.txt</c> is required: another file
/// that is missing, or lacks a column this reader needs, is reported and skipped, so a later release that renames a
/// file still imports what it can. Rows of occupations that are not in <c>Occupation Data.txt</c> are skipped.
/// </summary>
public sealed class OnetRelease
{
    /// <summary>A file larger than this is not read (the largest file of release 29.3 is about 12 MB).</summary>
    public const long MaxFileBytes = 200L * 1024 * 1024;

    private static readonly IReadOnlyDictionary<string, InterestArea> RiasecAreas = new Dictionary<string, InterestArea>(StringComparer.OrdinalIgnoreCase)
    {
        ["Realistic"] = InterestArea.HandsOn,
        ["Investigative"] = InterestArea.Investigative,
        ["Artistic"] = InterestArea.Creative,
        ["Social"] = InterestArea.Helping,
        ["Enterprising"] = InterestArea.Leading,
        ["Conventional"] = InterestArea.Organising,
    };

    public string Name { get; private set; } = "O*NET Database";
    public List<Occupation> Occupations { get; } = [];
    public List<OccupationTitle> Titles { get; } = [];
    public List<OccupationElement> Elements { get; } = [];
    public List<OccupationTechnology> Technologies { get; } = [];
    public List<RelatedOccupation> Related { get; } = [];
    public List<JobZone> JobZones { get; } = [];

    /// <summary>What was read, file by file, and what was skipped and why: the import prints it.</summary>
    public List<string> Report { get; } = [];

    public static OnetRelease Read(string path)
    {
        if (File.Exists(path))
        {
            ZipArchive zip;
            try
            {
                zip = ZipFile.OpenRead(path);
            }
            catch (InvalidDataException)
            {
                throw new NotAnOnetReleaseException($"{path} is not a ZIP file; give the O*NET text release (db_XX_X_text.zip) or the folder it unzips to.");
            }
            using (zip)
            {
                return Read(name => zip.Entries.Where(e => e.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
                    .Select(e => e.Length > MaxFileBytes
                        ? throw new NotAnOnetReleaseException($"{e.FullName} is larger than {MaxFileBytes / 1024 / 1024} MB: not a file of an O*NET release.")
                        : (Func<TextReader>)(() => new StreamReader(e.Open())))
                    .FirstOrDefault(), path);
            }
        }
        if (Directory.Exists(path))
        {
            var folders = new[] { path }.Concat(Directory.GetDirectories(path)).ToList();
            return Read(name => folders.Select(f => Path.Combine(f, name)).Where(File.Exists)
                .Select(f => new FileInfo(f).Length > MaxFileBytes
                    ? throw new NotAnOnetReleaseException($"{f} is larger than {MaxFileBytes / 1024 / 1024} MB: not a file of an O*NET release.")
                    : (Func<TextReader>)(() => new StreamReader(f)))
                .FirstOrDefault(), path);
        }
        throw new NotAnOnetReleaseException($"There is no file or folder at {path}.");
    }

    /// <summary>Reads a release from whatever supplies its files by name (null when there is no such file).</summary>
    public static OnetRelease Read(Func<string, Func<TextReader>?> files, string where)
    {
        var release = new OnetRelease();
        var occupations = new Dictionary<string, Occupation>(StringComparer.Ordinal);
        if (!release.ReadTable(files, "Occupation Data.txt", ["O*NET-SOC Code", "Title", "Description"], row =>
            {
                var occupation = new Occupation(row[0], row[1], row[2]);
                return occupations.TryAdd(occupation.Code, occupation);
            }, "occupations"))
        {
            throw new NotAnOnetReleaseException($"{where} is not an O*NET text release: it has no Occupation Data.txt with the columns O*NET-SOC Code, Title and Description.");
        }
        release.Occupations.AddRange(occupations.Values);
        bool Known(string code) => occupations.ContainsKey(code);

        release.ReadTable(files, "Alternate Titles.txt", ["O*NET-SOC Code", "Alternate Title"], row =>
        {
            if (!Known(row[0]) || row[1].Length == 0)
            {
                return false;
            }
            release.Titles.Add(new OccupationTitle(row[0], row[1]));
            return true;
        }, "alternate titles");
        release.ReadTable(files, "Interests.txt", ["O*NET-SOC Code", "Element Name", "Scale ID", "Data Value"], row =>
        {
            if (!Known(row[0]) || row[2] != "OI" || !RiasecAreas.TryGetValue(row[1], out var area) || Number(row[3]) is not { } score)
            {
                return false;
            }
            var occupation = occupations[row[0]];
            _ = area switch
            {
                InterestArea.HandsOn => occupation.HandsOn = score,
                InterestArea.Investigative => occupation.Investigative = score,
                InterestArea.Creative => occupation.Creative = score,
                InterestArea.Helping => occupation.Helping = score,
                InterestArea.Leading => occupation.Leading = score,
                _ => occupation.Organising = score,
            };
            return true;
        }, "interest scores");
        release.ReadTable(files, "Job Zones.txt", ["O*NET-SOC Code", "Job Zone"], row =>
        {
            if (!Known(row[0]) || !int.TryParse(row[1], CultureInfo.InvariantCulture, out var zone) || zone is < 1 or > 5)
            {
                return false;
            }
            occupations[row[0]].JobZone = zone;
            return true;
        }, "job zones");
        release.ReadTable(files, "Job Zone Reference.txt", ["Job Zone", "Name", "Experience", "Education"], row =>
        {
            if (!int.TryParse(row[0], CultureInfo.InvariantCulture, out var zone) || zone is < 1 or > 5 || release.JobZones.Any(z => z.Zone == zone))
            {
                return false;
            }
            release.JobZones.Add(new JobZone(zone, row[1], row[2], row[3]));
            return true;
        }, "job zone descriptions");
        release.ReadElements(files, "Skills.txt", OccupationElementKind.Skill, Known);
        release.ReadElements(files, "Knowledge.txt", OccupationElementKind.Knowledge, Known);
        release.ReadTable(files, "Technology Skills.txt", ["O*NET-SOC Code", "Example", "Commodity Title", "Hot Technology", "In Demand"], row =>
        {
            if (!Known(row[0]) || row[1].Length == 0)
            {
                return false;
            }
            release.Technologies.Add(new OccupationTechnology(row[0], row[1], row[2].Length == 0 ? null : row[2], Yes(row[3]), Yes(row[4])));
            return true;
        }, "technologies");
        var relatedPairs = new HashSet<(string, string)>();
        release.ReadTable(files, "Related Occupations.txt", ["O*NET-SOC Code", "Related O*NET-SOC Code", "Index"], row =>
        {
            if (!Known(row[0]) || !Known(row[1]) || !int.TryParse(row[2], CultureInfo.InvariantCulture, out var rank) || !relatedPairs.Add((row[0], row[1])))
            {
                return false;
            }
            release.Related.Add(new RelatedOccupation(row[0], row[1], rank));
            return true;
        }, "related occupations");
        if (files("Read Me.txt") is { } readMe)
        {
            using var reader = readMe();
            var first = reader.ReadLine()?.Trim();
            if (!string.IsNullOrEmpty(first) && first.StartsWith("O*NET", StringComparison.Ordinal) && first.Length <= 100)
            {
                release.Name = first;
            }
        }
        return release;
    }

    private void ReadElements(Func<string, Func<TextReader>?> files, string file, OccupationElementKind kind, Func<string, bool> known)
    {
        var byName = new Dictionary<(string, string), (double? Importance, double? Level)>();
        ReadTable(files, file, ["O*NET-SOC Code", "Element Name", "Scale ID", "Data Value"], row =>
        {
            if (!known(row[0]) || Number(row[3]) is not { } value || row[2] is not ("IM" or "LV"))
            {
                return false;
            }
            var key = (row[0], row[1]);
            var current = byName.GetValueOrDefault(key);
            byName[key] = row[2] == "IM" ? current with { Importance = value } : current with { Level = value };
            return true;
        }, kind == OccupationElementKind.Skill ? "skill ratings" : "knowledge ratings");
        Elements.AddRange(byName.Where(e => e.Value.Importance is not null)
            .Select(e => new OccupationElement(e.Key.Item1, kind, e.Key.Item2, e.Value.Importance!.Value, e.Value.Level)));
    }

    /// <summary>Reads one file: each row's values in the order of <paramref name="columns"/>; false when the file or a column is missing.</summary>
    private bool ReadTable(Func<string, Func<TextReader>?> files, string file, string[] columns, Func<string[], bool> take, string what)
    {
        if (files(file) is not { } open)
        {
            Report.Add($"{file}: not in the release, skipped.");
            return false;
        }
        using var reader = open();
        var header = (reader.ReadLine() ?? "").Split('\t').Select(h => h.Trim()).ToList();
        var positions = columns.Select(c => header.FindIndex(h => h.Equals(c, StringComparison.OrdinalIgnoreCase))).ToArray();
        if (positions.Any(p => p < 0))
        {
            Report.Add($"{file}: no column {string.Join(", ", columns.Where((_, i) => positions[i] < 0))}; skipped.");
            return false;
        }
        var (taken, skipped) = (0, 0);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }
            var cells = line.Split('\t');
            var row = positions.Select(p => p < cells.Length ? cells[p].Trim() : "").ToArray();
            if (take(row))
            {
                taken++;
            }
            else
            {
                skipped++;
            }
        }
        Report.Add($"{file}: {taken:N0} {what}{(skipped > 0 ? $" ({skipped:N0} rows not used)" : "")}.");
        return true;
    }

    private static double? Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : null;

    private static bool Yes(string text) => text.Equals("Y", StringComparison.OrdinalIgnoreCase);
}
