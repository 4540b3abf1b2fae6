using System.Linq.Expressions;

namespace CareerPlanner.Web.Pages.Brand;

public sealed record ChannelView(int Id, BrandChannelKind Kind, string NextStep, bool IsAction);

/// <summary>The personal brand as the brand page and every plan's marketing strategy show it.</summary>
public sealed record BrandView(
    string? WhoIAm, string? WhatIDeliver, string? WhatMakesMeDifferent, string? Pitch, string? Audiences, string? LeadWith, Guid Version,
    IReadOnlyList<ChannelView> Channels)
{
    public bool IsEmpty => (WhoIAm ?? WhatIDeliver ?? WhatMakesMeDifferent ?? Pitch ?? Audiences ?? LeadWith) is null && Channels.Count == 0;

    public static BrandView? From(PersonalBrand? brand) => brand is null ? null : new(
        brand.WhoIAm, brand.WhatIDeliver, brand.WhatMakesMeDifferent, brand.Pitch, brand.Audiences, brand.LeadWith, brand.Version,
        Ordered(brand.Channels.Select(c => new ChannelView(c.Id, c.Kind, c.NextStep, c.ActionItemId is not null))));

    /// <summary>The brand from its rows (others are passed over), or null when the person has written none.</summary>
    public static BrandView? From(IReadOnlyList<PersonRow> rows)
    {
        var statement = rows.FirstOrDefault(r => r.Part == PersonPart.Brand);
        var pitch = rows.FirstOrDefault(r => r.Part == PersonPart.BrandPitch);
        return statement is null || pitch is null ? null : new(
            statement.Text, statement.Note, statement.Detail, pitch.Text, pitch.Note, pitch.Detail, statement.Stamp!.Value,
            Ordered(rows.Where(r => r.Part == PersonPart.BrandChannel)
                .Select(r => new ChannelView(r.Id, Enum.Parse<BrandChannelKind>(r.Kind!), r.Text!, r.Number == 1))));
    }

    private static IReadOnlyList<ChannelView> Ordered(IEnumerable<ChannelView> channels) => [.. channels.OrderBy(c => c.Kind).ThenBy(c => c.Id)];

    public static async Task<BrandView?> ForAsync(AppDbContext db, string userId) => From(await BrandQuery(db, userId));

    /// <summary>Compiled once: the brand page reads the brand on every visit.</summary>
    private static readonly Func<AppDbContext, string, Task<PersonalBrand?>> BrandQuery = EF.CompileAsyncQuery(
        (AppDbContext db, string userId) => db.PersonalBrands.AsNoTracking().Include(b => b.Channels).SingleOrDefault(b => b.UserId == userId));

    /// <summary>
    /// The brand as rows, for the plan overview's query of the person's assets: its statement (with the version stamp),
    /// its pitch, audiences and lead (a second row: one has too few text columns for all six), and a row per channel (the
    /// kind by its stored name; 1 when the channel's next step is on the action list).
    /// </summary>
    public static readonly Expression<Func<AppDbContext, string, IQueryable<PersonRow>>> Rows =
        (db, userId) => db.PersonalBrands.AsNoTracking().Where(b => b.UserId == userId).Select(b => new PersonRow
            {
                Part = PersonPart.Brand, Id = b.Id, Kind = null, Text = b.WhoIAm, Note = b.WhatIDeliver, Detail = b.WhatMakesMeDifferent, Number = null,
                From = null, FromYearOnly = false, To = null, ToYearOnly = false, Stamp = b.Version,
            })
            .Concat(db.PersonalBrands.Where(b => b.UserId == userId).Select(b => new PersonRow
            {
                Part = PersonPart.BrandPitch, Id = b.Id, Kind = null, Text = b.Pitch, Note = b.Audiences, Detail = b.LeadWith, Number = null,
                From = null, FromYearOnly = false, To = null, ToYearOnly = false, Stamp = null,
            }))
            .Concat(
                from b in db.PersonalBrands.Where(b => b.UserId == userId)
                from c in b.Channels
                select new PersonRow
                {
                    Part = PersonPart.BrandChannel, Id = c.Id, Kind = c.Kind.ToString(), Text = c.NextStep, Note = null, Detail = null,
                    Number = c.ActionItemId != null ? 1 : 0, From = null, FromYearOnly = false, To = null, ToYearOnly = false, Stamp = null,
                });
}
