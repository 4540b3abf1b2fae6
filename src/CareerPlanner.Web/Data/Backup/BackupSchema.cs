using System.Text;
using System.Text.Json.Nodes;

namespace CareerPlanner.Web.Data.Backup;

/// <summary>
/// The backup format described from <see cref="BackupContract"/>: as a JSON Schema (docs/backup-format.schema.json)
/// and as the list-by-list tables of docs/backup-format.md. Tests keep both files equal to what this writes, so the
/// documents cannot fall behind the format.
/// </summary>
public static class BackupSchema
{
    public static JsonObject Schema(BackupContract contract)
    {
        var definitions = new JsonObject();
        var properties = new JsonObject
        {
            ["format"] = new JsonObject { ["const"] = BackupContract.Format },
            ["version"] = new JsonObject { ["const"] = BackupContract.Version },
            ["exportedAt"] = Value(BackupValueKind.Timestamp, required: true, null, null, []),
            ["contents"] = new JsonObject { ["enum"] = new JsonArray(BackupWriter.Everything, BackupWriter.OnePlan) },
        };
        foreach (var root in contract.Roots)
        {
            properties[root.Name] = List(root, definitions);
        }
        return new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = $"CareerPlanner backup, format version {BackupContract.Version}",
            ["description"] = "Described in docs/backup-format.md.",
            ["type"] = "object",
            ["required"] = new JsonArray("format", "version", "exportedAt"),
            ["additionalProperties"] = false,
            ["properties"] = properties,
            ["$defs"] = definitions,
        };
    }

    private static string DefinitionName(BackupCollection collection) => collection.Path.Replace("[]", "", StringComparison.Ordinal);

    private static JsonObject List(BackupCollection collection, JsonObject definitions)
    {
        var properties = new JsonObject();
        var required = new JsonArray();
        if (collection.Key is not null)
        {
            properties["id"] = new JsonObject { ["type"] = "integer", ["minimum"] = 1, ["description"] = $"This {collection.Label}'s number in the file." };
            required.Add("id");
        }
        foreach (var field in collection.Fields)
        {
            properties[field.Name] = Value(field.Kind, field.Required, field.MaxLength, field.Range, field.Choices);
            if (field.Required)
            {
                required.Add(field.Name);
            }
        }
        foreach (var reference in collection.References)
        {
            properties[reference.Name] = new JsonObject
            {
                ["type"] = reference.Required ? "integer" : new JsonArray("integer", "null"),
                ["minimum"] = 1,
                ["description"] = $"The id of {Words.A(reference.Target.Label)} in {reference.Target.Path}.",
            };
            if (reference.Required)
            {
                required.Add(reference.Name);
            }
        }
        foreach (var child in collection.Children)
        {
            properties[child.Name] = List(child, definitions);
        }
        definitions[DefinitionName(collection)] = new JsonObject
        {
            ["type"] = "object",
            ["required"] = required,
            ["additionalProperties"] = false,
            ["properties"] = properties,
        };
        return new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["$ref"] = $"#/$defs/{DefinitionName(collection)}" } };
    }

    private static JsonObject Value(BackupValueKind kind, bool required, int? maxLength, (long Min, long Max)? range, IReadOnlyList<string> choices)
    {
        JsonNode Type(string name) => required ? name : new JsonArray(name, "null");
        var value = new JsonObject();
        switch (kind)
        {
            case BackupValueKind.Text:
                value["type"] = Type("string");
                if (maxLength is { } max)
                {
                    value["maxLength"] = max;
                }
                break;
            case BackupValueKind.Integer:
                value["type"] = Type("integer");
                break;
            case BackupValueKind.Number:
                value["type"] = Type("number");
                break;
            case BackupValueKind.Boolean:
                value["type"] = Type("boolean");
                break;
            case BackupValueKind.Date:
                value["type"] = Type("string");
                value["pattern"] = @"^\d{4}-\d{2}-\d{2}$";
                break;
            case BackupValueKind.Timestamp:
                value["type"] = Type("string");
                value["pattern"] = @"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$";
                break;
            default:
                var names = new JsonArray(choices.Select(c => (JsonNode?)JsonValue.Create(c)).ToArray());
                if (!required)
                {
                    names.Add(null);
                }
                value["enum"] = names;
                break;
        }
        if (range is { } r)
        {
            value["minimum"] = r.Min;
            value["maximum"] = r.Max;
        }
        return value;
    }

    /// <summary>The lists of the format as Markdown tables, in the order of the file.</summary>
    public static string Outline(BackupContract contract)
    {
        var text = new StringBuilder();
        void Describe(BackupCollection collection)
        {
            text.Append("### `").Append(collection.Path).Append("` — ").Append(collection.Label).Append("\n\n");
            text.Append("| Name | Value | Notes |\n|---|---|---|\n");
            if (collection.Key is not null)
            {
                text.Append("| `id` | whole number | this item's number in the file, from 1 |\n");
            }
            foreach (var field in collection.Fields)
            {
                var notes = new List<string>();
                if (field.Required)
                {
                    notes.Add("required");
                }
                if (field.MaxLength is { } max && field.Kind == BackupValueKind.Text)
                {
                    notes.Add($"at most {max} characters");
                }
                if (field.Range is { } range)
                {
                    notes.Add($"from {range.Min} to {range.Max}");
                }
                if (field.IsWebAddress)
                {
                    notes.Add("http:// or https:// only");
                }
                if (field.Choices.Count > 0)
                {
                    notes.Add("one of " + string.Join(", ", field.Choices.Select(c => $"`{c}`")));
                }
                text.Append("| `").Append(field.Name).Append("` | ").Append(KindWords(field.Kind)).Append(" | ").Append(string.Join("; ", notes)).Append(" |\n");
            }
            foreach (var reference in collection.References)
            {
                text.Append("| `").Append(reference.Name).Append("` | reference | the `id` of ").Append(Words.A(reference.Target.Label))
                    .Append(" in `").Append(reference.Target.Path).Append('`').Append(reference.Required ? "; required" : "").Append(" |\n");
            }
            foreach (var child in collection.Children)
            {
                text.Append("| `").Append(child.Name).Append("` | list | see `").Append(child.Path).Append("` |\n");
            }
            text.Append('\n');
            foreach (var child in collection.Children)
            {
                Describe(child);
            }
        }
        foreach (var root in contract.Roots)
        {
            Describe(root);
        }
        text.Append("### Left out\n\n");
        foreach (var (type, why) in BackupContract.LeftOut)
        {
            text.Append("- ").Append(BackupContract.Words(type.IsGenericType ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] : type.Name))
                .Append(": ").Append(why).Append('\n');
        }
        return text.ToString();
    }

    private static string KindWords(BackupValueKind kind) => kind switch
    {
        BackupValueKind.Text => "text",
        BackupValueKind.Integer => "whole number",
        BackupValueKind.Number => "number",
        BackupValueKind.Boolean => "true or false",
        BackupValueKind.Date => "date, `2026-03-31`",
        BackupValueKind.Timestamp => "moment in UTC, `2026-03-31T09:30:00Z`",
        _ => "choice",
    };
}
