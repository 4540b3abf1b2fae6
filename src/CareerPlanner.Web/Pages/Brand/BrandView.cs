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
        [.. brand.Channels.OrderBy(c => c.Kind).ThenBy(c => c.Id).Select(c => new ChannelView(c.Id, c.Kind, c.NextStep, c.ActionItemId is not null))]);

    public static async Task<BrandView?> ForAsync(AppDbContext db, string userId) => From(await BrandQuery(db, userId));

    /// <summary>Compiled once: the plan overview reads the brand on every visit.</summary>
    private static readonly Func<AppDbContext, string, Task<PersonalBrand?>> BrandQuery = EF.CompileAsyncQuery(
        (AppDbContext db, string userId) => db.PersonalBrands.AsNoTracking().Include(b => b.Channels).SingleOrDefault(b => b.UserId == userId));
}
