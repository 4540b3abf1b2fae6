using System.Globalization;
using System.IO.Compression;
using CsvHelper;

namespace CareerPlanner.Web.Pages.Resume;

/// <summary>
/// Reads the ZIP of CSV files LinkedIn sends ("Get a copy of your data"): files by name wherever they are in the ZIP
/// (entry names are only compared, never used as paths), columns by their header (the order does not matter; a header
/// may follow a preamble, as in Connections.csv), missing files skipped, unknown files ignored. The ZIP is read
/// defensively: a limit on the number of entries and on the size of each file and of all of them once unpacked, counted
/// while reading, so a ZIP bomb is refused before it fills memory.
/// </summary>
public static class LinkedInExport
{
    public const long MaxZipBytes = 20 * 1024 * 1024;
    public const int MaxEntries = 500;
    public const long MaxFileBytes = 10 * 1024 * 1024;
    public const long MaxUnpackedBytes = 50 * 1024 * 1024;

    private const string NotTheExport = "This is not the ZIP file LinkedIn sends: download \"Get a copy of your data\" from LinkedIn's settings and choose that file without unpacking it.";

    public static ImportedHistory Read(byte[] zipBytes)
    {
        var files = Unpack(zipBytes);
        var profile = Table(files, "Profile.csv", ["Headline"]).FirstOrDefault();
        return new ImportedHistory(
            Text(profile?.Get("Headline"), PersonalBrand.StatementPartMaxLength),
            Text(profile?.Get("Summary"), PersonalBrand.PitchMaxLength),
            [.. Table(files, "Positions.csv", ["Company Name", "Title", "Started On"]).Select(row => new ImportedPosition(
                Text(row.Get("Company Name"), Position.EmployerMaxLength) ?? row.Refuse<string>("has no company name"),
                Text(row.Get("Title"), Position.TitleMaxLength) ?? row.Refuse<string>("has no title"),
                Text(row.Get("Location"), Position.LocationMaxLength),
                row.MonthOrYear("Started On") ?? row.Refuse<MonthOrYear>("has no start date (Started On)"),
                row.MonthOrYear("Finished On"),
                Text(row.Get("Description"), Position.DescriptionMaxLength),
                null))],
            [.. Table(files, "Education.csv", ["School Name"]).Select(row => new ImportedEducation(
                Text(row.Get("School Name"), Education.InstitutionMaxLength) ?? row.Refuse<string>("has no school name"),
                Text(row.Get("Degree Name"), Education.QualificationMaxLength),
                null,
                row.MonthOrYear("Start Date"),
                row.MonthOrYear("End Date"),
                Text(string.Join("\n", new[] { row.Get("Notes"), row.Get("Activities") }.Where(t => !string.IsNullOrWhiteSpace(t))), Education.NotesMaxLength)))],
            [.. Table(files, "Skills.csv", ["Name"]).Select(row => Text(row.Get("Name"), Skill.NameMaxLength)).OfType<string>().Select(name => new ImportedSkill(name, null))],
            [.. Table(files, "Certifications.csv", ["Name"]).Select(row => new ImportedCertification(
                Text(row.Get("Name"), Certification.NameMaxLength) ?? row.Refuse<string>("has no name"),
                Text(row.Get("Authority"), Certification.IssuerMaxLength),
                row.MonthOrYear("Started On")?.Date,
                row.MonthOrYear("Finished On")?.Date,
                Text(row.Get("Url"), Certification.UrlMaxLength) is { } url && ValidationRules.IsHttpUrl(url) ? url : null,
                Text(row.Get("License Number"), Certification.CredentialIdMaxLength)))],
            [.. Table(files, "Languages.csv", ["Name"]).Select(row => (Name: Text(row.Get("Name"), Language.NameMaxLength), Proficiency: Language.ReadProficiency(row.Get("Proficiency"))))
                .Where(l => l.Name is not null).Select(l => new ImportedLanguage(l.Name!, l.Proficiency ?? LanguageProficiency.ProfessionalWorking))],
            [.. Table(files, "Connections.csv", ["First Name", "Last Name"]).Select(row => new
            {
                Name = Text($"{row.Get("First Name")} {row.Get("Last Name")}", Contact.NameMaxLength),
                Row = row,
            }).Where(c => c.Name is not null).Select(c => new ImportedContact(
                c.Name!,
                Text(c.Row.Get("Company"), Contact.ShortTextMaxLength),
                Text(c.Row.Get("Position"), Contact.ShortTextMaxLength),
                Text(c.Row.Get("Email Address"), Contact.EmailMaxLength),
                Text(c.Row.Get("URL"), Contact.UrlMaxLength),
                DateOnly.TryParseExact(c.Row.Get("Connected On")?.Trim(), ["d MMM yyyy", "dd MMM yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var on) ? on : null))],
            [.. Table(files, "Honors.csv", ["Title"]).Select(row => (What: Text(row.Get("Title"), Achievement.WhatMaxLength), On: row.MonthOrYear("Issued On"), row))
                .Where(h => h.What is not null && h.On is not null)
                .Select(h => new ImportedAchievement(h.On!.Value.Date, h.What!, Text(h.row.Get("Description"), Achievement.ImpactMaxLength)))]);
    }

    /// <summary>The CSV files of the ZIP by file name (case-insensitive), unpacked within the limits.</summary>
    private static Dictionary<string, byte[]> Unpack(byte[] zipBytes)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(new MemoryStream(zipBytes), ZipArchiveMode.Read);
        }
        catch (InvalidDataException)
        {
            throw new ImportRefusedException(NotTheExport);
        }
        using (zip)
        {
            if (zip.Entries.Count > MaxEntries)
            {
                throw new ImportRefusedException($"This ZIP holds more than {MaxEntries} files, far more than LinkedIn's export: choose the file LinkedIn sent.");
            }
            var files = new Dictionary<string, byte[]>(StringComparer.OrdinalIgnoreCase);
            long unpacked = 0;
            foreach (var entry in zip.Entries)
            {
                var name = entry.FullName.Split('/', '\\')[^1];
                if (!name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || files.ContainsKey(name))
                {
                    continue;
                }
                var bytes = ReadLimited(entry, Math.Min(MaxFileBytes, MaxUnpackedBytes - unpacked));
                unpacked += bytes.Length;
                files[name] = bytes;
            }
            if (files.Count == 0)
            {
                throw new ImportRefusedException(NotTheExport);
            }
            return files;
        }
    }

    /// <summary>The entry's bytes, counted as they are unpacked (the size the ZIP claims is not trusted).</summary>
    private static byte[] ReadLimited(ZipArchiveEntry entry, long limit)
    {
        const string TooBig = "This ZIP unpacks to far more than LinkedIn's export ever does: it is refused. Choose the file LinkedIn sent.";
        if (entry.Length > limit)
        {
            throw new ImportRefusedException(TooBig);
        }
        try
        {
            using var stream = entry.Open();
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    throw new ImportRefusedException(TooBig);
                }
                buffer.Write(chunk, 0, read);
            }
            return buffer.ToArray();
        }
        catch (InvalidDataException)
        {
            throw new ImportRefusedException($"{entry.Name} in this ZIP is damaged: download your data from LinkedIn again.");
        }
    }

    /// <summary>The rows of one CSV file by header name; none when the file is not in the ZIP.</summary>
    private static IEnumerable<CsvRow> Table(Dictionary<string, byte[]> files, string fileName, string[] required)
    {
        if (!files.TryGetValue(fileName, out var bytes))
        {
            return [];
        }
        using var csv = CsvReader.Create(bytes, new CsvReaderOptions { HasHeader = false });
        Dictionary<string, int>? header = null;
        var rows = new List<CsvRow>();
        var line = 0;
        try
        {
            while (csv.Read())
            {
                line++;
                var cells = Enumerable.Range(0, csv.FieldCount).Select(csv.GetString).ToArray();
                if (header is null)
                {
                    // LinkedIn puts a "Notes:" preamble before the header of some files: the header is the first row naming the columns.
                    var names = cells.Select(c => c.Trim().Trim('\uFEFF')).ToArray();
                    if (required.All(r => names.Contains(r, StringComparer.OrdinalIgnoreCase)))
                    {
                        header = names.Select((name, i) => (name, i)).DistinctBy(c => c.name, StringComparer.OrdinalIgnoreCase)
                            .ToDictionary(c => c.name, c => c.i, StringComparer.OrdinalIgnoreCase);
                    }
                    else if (line >= 10)
                    {
                        break;
                    }
                    continue;
                }
                if (cells.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }
                rows.Add(new CsvRow(fileName, line, header, cells));
            }
        }
        catch (Exception e) when (e is CsvFormatException or FormatException or InvalidOperationException)
        {
            throw new ImportRefusedException($"{fileName} could not be read as a CSV file near row {line + 1}: download your data from LinkedIn again.");
        }
        return header is null
            ? throw new ImportRefusedException($"{fileName} has no header row naming the columns {string.Join(", ", required)}: is this the file LinkedIn sent?")
            : rows;
    }

    private static string? Text(string? text, int maxLength) => text.TrimToLength(maxLength);

    private sealed record CsvRow(string File, int Line, Dictionary<string, int> Header, string[] Cells)
    {
        public string? Get(string column) => Header.TryGetValue(column, out var i) && i < Cells.Length ? Cells[i] : null;

        public MonthOrYear? MonthOrYear(string column)
        {
            var text = Get(column);
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }
            return Domain.MonthOrYear.TryParse(text, out var value)
                ? value
                : throw new ImportRefusedException($"{File}, row {Line}: \"{Clip(text)}\" in {column} is not a date like Jan 2021 or 2021.");
        }

        public T Refuse<T>(string what) => throw new ImportRefusedException($"{File}, row {Line} {what}.");

        private static string Clip(string text) => text.Length <= 40 ? text.Trim() : text[..40].Trim() + "…";
    }
}
