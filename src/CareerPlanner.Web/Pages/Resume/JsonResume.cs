using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CareerPlanner.Web.Pages.Resume;

/// <summary>
/// The résumé in the open JSON Resume format (jsonresume.org, schema 1.2.1), and a JSON Resume file read back into a
/// career history. Dates are "YYYY-MM" (or "YYYY" when only the year is known, "YYYY-MM-DD" for whole dates); what
/// the schema has no place for (credential ids, skill ratings as numbers, notes on education) is under
/// <c>meta.careerPlanner</c>, and read back from there.
/// </summary>
public static class JsonResume
{
    public const string SchemaUrl = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.2.1/schema.json";
    public const int MaxBytes = 1024 * 1024;

    private const string NotAResume = "This is not a JSON Resume: the file must be one JSON object with sections such as \"basics\", \"work\" and \"education\" (see jsonresume.org).";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The included items of the résumé as a JSON Resume document.</summary>
    public static string Write(ResumeView resume, DateTime nowUtc)
    {
        var history = resume.History;
        var positions = history.Positions.Where(p => p.OnResume).ToList();
        var education = history.Education.Where(e => e.OnResume).ToList();
        var certifications = history.Certifications.Where(c => c.OnResume).ToList();
        var skills = resume.Skills.Where(s => s.Included).ToList();
        var document = new JsonObject
        {
            ["$schema"] = SchemaUrl,
            ["basics"] = Object(("name", resume.Name), ("label", resume.Headline), ("email", resume.Email), ("summary", resume.Summary)),
            ["work"] = new JsonArray([.. positions.Select(p => Object(
                ("name", p.Employer), ("position", p.Title), ("location", p.Location), ("description", p.Description),
                ("startDate", p.Start.ToIso()), ("endDate", p.End?.ToIso()),
                ("highlights", p.Highlights.Count == 0 ? null : new JsonArray([.. p.Highlights.Select(h => (JsonNode)h)]))))]),
            ["education"] = new JsonArray([.. education.Select(e => Object(
                ("institution", e.Institution), ("area", e.FieldOfStudy), ("studyType", e.Qualification),
                ("startDate", e.Start?.ToIso()), ("endDate", e.End?.ToIso())))]),
            ["certificates"] = new JsonArray([.. certifications.Select(c => Object(
                ("name", c.Name), ("date", c.IssuedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("issuer", c.Issuer), ("url", c.CredentialUrl)))]),
            ["skills"] = new JsonArray([.. skills.Select(s => Object(("name", s.Name), ("level", s.Rating is { } r ? Skill.RatingLabel(r) : null)))]),
            ["languages"] = new JsonArray([.. history.Languages.Where(l => l.OnResume).Select(l => Object(("language", l.Name), ("fluency", Language.Label(l.Proficiency))))]),
            ["awards"] = new JsonArray([.. positions.SelectMany(p => p.Achievements.Where(a => a.OnResume).Select(a => Object(
                ("title", a.What), ("date", a.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("awarder", p.Employer), ("summary", a.Impact))))]),
            ["meta"] = new JsonObject
            {
                ["version"] = "v1.2.1",
                ["lastModified"] = nowUtc.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
                ["careerPlanner"] = Object(
                    ("credentialIds", Map(certifications.Where(c => c.CredentialId is not null).Select(c => (c.Name, (JsonNode?)c.CredentialId)))),
                    ("certificateExpiry", Map(certifications.Where(c => c.ExpiresOn is not null).Select(c => (c.Name, (JsonNode?)c.ExpiresOn!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))))),
                    ("skillRatings", Map(skills.Where(s => s.Rating is not null).Select(s => (s.Name, (JsonNode?)s.Rating!.Value)))),
                    ("educationNotes", Map(education.Where(e => e.Notes is not null).Select(e => (e.Institution, (JsonNode?)e.Notes))))),
            },
        };
        return document.ToJsonString(Indented);
    }

    /// <summary>A JSON Resume file as a career history; a file that is not one, or a date that cannot be read, is refused with why.</summary>
    public static ImportedHistory Read(string text)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { MaxDepth = 32, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException)
        {
            throw new ImportRefusedException("This file is not valid JSON: choose the resume.json file itself.");
        }
        if (root is not JsonObject resume || !(resume.ContainsKey("basics") || resume.ContainsKey("work") || resume.ContainsKey("education") || resume.ContainsKey("skills")))
        {
            throw new ImportRefusedException(NotAResume);
        }
        var meta = resume["meta"]?["careerPlanner"] as JsonObject;
        var basics = resume["basics"] as JsonObject;
        return new ImportedHistory(
            Text(basics, "label", PersonalBrand.StatementPartMaxLength),
            Text(basics, "summary", PersonalBrand.PitchMaxLength),
            [.. Items(resume, "work").Select((w, i) => new ImportedPosition(
                Text(w, "name", Position.EmployerMaxLength) ?? Text(w, "company", Position.EmployerMaxLength) ?? Refuse<string>($"work[{i}] has no name (the employer)"),
                Text(w, "position", Position.TitleMaxLength) ?? Refuse<string>($"work[{i}] has no position (the job title)"),
                Text(w, "location", Position.LocationMaxLength),
                Date(w, "startDate", $"work[{i}]") ?? Refuse<MonthOrYear>($"work[{i}] has no startDate"),
                Date(w, "endDate", $"work[{i}]"),
                Text(w, "description", Position.DescriptionMaxLength) ?? Text(w, "summary", Position.DescriptionMaxLength),
                w["highlights"] is JsonArray highlights
                    ? string.Join('\n', highlights.Select(h => h is JsonValue v && v.TryGetValue<string>(out var s) ? s.Trim() : null).OfType<string>().Where(s => s.Length > 0).Take(Position.MaxHighlights)).TrimToNull() is { } joined
                        ? joined.TrimToLength(Position.HighlightsMaxLength) : null
                    : null))],
            [.. Items(resume, "education").Select((e, i) => new ImportedEducation(
                Text(e, "institution", Education.InstitutionMaxLength) ?? Refuse<string>($"education[{i}] has no institution"),
                Text(e, "studyType", Education.QualificationMaxLength),
                Text(e, "area", Education.FieldMaxLength),
                Date(e, "startDate", $"education[{i}]"),
                Date(e, "endDate", $"education[{i}]"),
                MetaText(meta, "educationNotes", Text(e, "institution", Education.InstitutionMaxLength), Education.NotesMaxLength)))],
            [.. Items(resume, "skills").Select(s => Text(s, "name", Skill.NameMaxLength) is { } name
                ? new ImportedSkill(name, MetaRating(meta, name) ?? Level(Text(s, "level", 50))) : null).OfType<ImportedSkill>()],
            [.. Items(resume, "certificates").Select((c, i) => new ImportedCertification(
                Text(c, "name", Certification.NameMaxLength) ?? Refuse<string>($"certificates[{i}] has no name"),
                Text(c, "issuer", Certification.IssuerMaxLength),
                Date(c, "date", $"certificates[{i}]")?.Date,
                MetaText(meta, "certificateExpiry", Text(c, "name", Certification.NameMaxLength), 10) is { } expiry && DateOnly.TryParseExact(expiry, "yyyy-MM-dd", out var expires) ? expires : null,
                Text(c, "url", Certification.UrlMaxLength) is { } url && ValidationRules.IsHttpUrl(url) ? url : null,
                MetaText(meta, "credentialIds", Text(c, "name", Certification.NameMaxLength), Certification.CredentialIdMaxLength)))],
            [.. Items(resume, "languages").Select(l => Text(l, "language", Language.NameMaxLength) is { } name
                ? new ImportedLanguage(name, Language.ReadProficiency(Text(l, "fluency", 100)) ?? LanguageProficiency.ProfessionalWorking) : null).OfType<ImportedLanguage>()],
            [],
            [.. Items(resume, "awards").Select((a, i) => (What: Text(a, "title", Achievement.WhatMaxLength), On: Date(a, "date", $"awards[{i}]"), Impact: Text(a, "summary", Achievement.ImpactMaxLength)))
                .Where(a => a.What is not null && a.On is not null).Select(a => new ImportedAchievement(a.On!.Value.Date, a.What!, a.Impact))]);
    }

    private static JsonObject Object(params (string Name, JsonNode? Value)[] properties)
    {
        var result = new JsonObject();
        foreach (var (name, value) in properties.Where(p => p.Value is not null))
        {
            result[name] = value;
        }
        return result;
    }

    private static JsonObject? Map(IEnumerable<(string Key, JsonNode? Value)> pairs)
    {
        var result = new JsonObject();
        foreach (var (key, value) in pairs.DistinctBy(p => p.Key))
        {
            result[key] = value;
        }
        return result.Count == 0 ? null : result;
    }

    private static IEnumerable<JsonObject> Items(JsonObject resume, string section) => resume[section] switch
    {
        JsonArray items => items.OfType<JsonObject>(),
        null => [],
        _ => Refuse<IEnumerable<JsonObject>>($"\"{section}\" must be a list"),
    };

    private static string? Text(JsonObject? item, string name, int maxLength) =>
        item?[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text.TrimToLength(maxLength) : null;

    private static string? MetaText(JsonObject? meta, string map, string? key, int maxLength) =>
        key is null ? null : Text(meta?[map] as JsonObject, key, maxLength);

    private static int? MetaRating(JsonObject? meta, string skill) =>
        meta?["skillRatings"]?[skill] is JsonValue value && value.TryGetValue<int>(out var rating) && rating is >= Skill.MinRating and <= Skill.MaxRating ? rating : null;

    /// <summary>A level in words ("Expert", "Beginner", "Intermediate") as a 1–5 rating; none when the words say nothing we know.</summary>
    private static int? Level(string? level)
    {
        var words = level?.Trim().ToUpperInvariant() ?? "";
        for (var rating = Skill.MinRating; rating <= Skill.MaxRating; rating++)
        {
            if (words == Skill.RatingLabel(rating).ToUpperInvariant())
            {
                return rating;
            }
        }
        return words switch
        {
            "NOVICE" or "BASIC" => 2,
            "INTERMEDIATE" => 3,
            "ADVANCED" => 4,
            "MASTER" => 5,
            _ => null,
        };
    }

    private static MonthOrYear? Date(JsonObject item, string name, string where)
    {
        var text = Text(item, name, 40);
        if (text is null)
        {
            return null;
        }
        return MonthOrYear.TryParse(text, out var date) ? date : Refuse<MonthOrYear>($"{where}.{name} \"{text}\" is not a date like 2021-03 or 2021");
    }

    private static T Refuse<T>(string what) => throw new ImportRefusedException($"In this JSON Resume, {what}.");
}
