using CareerPlanner.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareerPlanner.Web.Data.Configurations;

public sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> contact)
    {
        contact.Property(c => c.Name).HasMaxLength(Contact.NameMaxLength).IsRequired();
        contact.Property(c => c.HowWeKnow).HasMaxLength(Contact.ShortTextMaxLength).IsRequired();
        contact.Property(c => c.Organisation).HasMaxLength(Contact.NameMaxLength);
        contact.Property(c => c.Role).HasMaxLength(Contact.NameMaxLength);
        contact.Property(c => c.Email).HasMaxLength(Contact.EmailMaxLength);
        contact.Property(c => c.ProfileUrl).HasMaxLength(Contact.UrlMaxLength);
        contact.Property(c => c.Phone).HasMaxLength(Contact.PhoneMaxLength);
        contact.Property(c => c.Tags).HasMaxLength(Contact.ShortTextMaxLength);
        contact.Property(c => c.Notes).HasMaxLength(Contact.NotesMaxLength);
        contact.Property(c => c.Version).IsConcurrencyToken();
        contact.HasOne<AppUser>().WithMany().HasForeignKey(c => c.UserId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        contact.HasMany(c => c.OptionLinks).WithOne().HasForeignKey(l => l.ContactId).OnDelete(DeleteBehavior.Cascade);
        contact.HasMany(c => c.ActivityLinks).WithOne().HasForeignKey(l => l.ContactId).OnDelete(DeleteBehavior.Cascade);
        contact.HasIndex(c => new { c.UserId, c.Name });
    }
}

public sealed class ContactOptionLinkConfiguration : IEntityTypeConfiguration<ContactOptionLink>
{
    public void Configure(EntityTypeBuilder<ContactOptionLink> link)
    {
        link.HasKey(l => new { l.ContactId, l.CareerOptionId });
        link.HasOne<CareerOption>().WithMany().HasForeignKey(l => l.CareerOptionId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ContactActivityLinkConfiguration : IEntityTypeConfiguration<ContactActivityLink>
{
    public void Configure(EntityTypeBuilder<ContactActivityLink> link)
    {
        link.HasKey(l => new { l.ContactId, l.ExplorationActivityId });
        link.HasOne<ExplorationActivity>().WithMany().HasForeignKey(l => l.ExplorationActivityId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class InteractionConfiguration : IEntityTypeConfiguration<Interaction>
{
    public void Configure(EntityTypeBuilder<Interaction> interaction)
    {
        interaction.Property(i => i.Channel).HasConversion<string>().HasMaxLength(20);
        interaction.Property(i => i.Note).HasMaxLength(Interaction.NoteMaxLength);
        interaction.HasOne<Contact>().WithMany().HasForeignKey(i => i.ContactId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        interaction.HasIndex(i => new { i.ContactId, i.Date });
    }
}

public sealed class OneOnOneConfiguration : IEntityTypeConfiguration<OneOnOne>
{
    public void Configure(EntityTypeBuilder<OneOnOne> meeting)
    {
        meeting.Property(m => m.WithWhom).HasMaxLength(OneOnOne.WithWhomMaxLength).IsRequired();
        meeting.Property(m => m.Notes).HasMaxLength(OneOnOne.NotesMaxLength);
        meeting.Property(m => m.Version).IsConcurrencyToken();
        meeting.HasOne<AppUser>().WithMany().HasForeignKey(m => m.UserId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        meeting.HasMany(m => m.TalkingPoints).WithOne().HasForeignKey(p => p.OneOnOneId).OnDelete(DeleteBehavior.Cascade);
        meeting.HasMany(m => m.AgreedActions).WithOne().HasForeignKey(a => a.OneOnOneId).OnDelete(DeleteBehavior.Cascade);
        meeting.HasIndex(m => new { m.UserId, m.Date });
    }
}

public sealed class TalkingPointConfiguration : IEntityTypeConfiguration<TalkingPoint>
{
    public void Configure(EntityTypeBuilder<TalkingPoint> point)
    {
        point.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
        point.Property(p => p.Text).HasMaxLength(TalkingPoint.TextMaxLength).IsRequired();
    }
}

public sealed class AgreedActionConfiguration : IEntityTypeConfiguration<AgreedAction>
{
    public void Configure(EntityTypeBuilder<AgreedAction> action)
    {
        action.Property(a => a.Text).HasMaxLength(AgreedAction.TextMaxLength).IsRequired();
        action.HasOne<ActionItem>().WithMany().HasForeignKey(a => a.ActionItemId).IsRequired(false).OnDelete(DeleteBehavior.SetNull);
    }
}

public sealed class PersonalBrandConfiguration : IEntityTypeConfiguration<PersonalBrand>
{
    public void Configure(EntityTypeBuilder<PersonalBrand> brand)
    {
        brand.Property(b => b.WhoIAm).HasMaxLength(PersonalBrand.StatementPartMaxLength);
        brand.Property(b => b.WhatIDeliver).HasMaxLength(PersonalBrand.StatementPartMaxLength);
        brand.Property(b => b.WhatMakesMeDifferent).HasMaxLength(PersonalBrand.StatementPartMaxLength);
        brand.Property(b => b.Pitch).HasMaxLength(PersonalBrand.PitchMaxLength);
        brand.Property(b => b.Audiences).HasMaxLength(PersonalBrand.AudiencesMaxLength);
        brand.Property(b => b.LeadWith).HasMaxLength(PersonalBrand.LeadWithMaxLength);
        brand.Property(b => b.Version).IsConcurrencyToken();
        brand.HasOne<AppUser>().WithMany().HasForeignKey(b => b.UserId).IsRequired().OnDelete(DeleteBehavior.Cascade);
        brand.HasIndex(b => b.UserId).IsUnique();
        brand.HasMany(b => b.Channels).WithOne().HasForeignKey(c => c.PersonalBrandId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class BrandChannelConfiguration : IEntityTypeConfiguration<BrandChannel>
{
    public void Configure(EntityTypeBuilder<BrandChannel> channel)
    {
        channel.Property(c => c.Kind).HasConversion<string>().HasMaxLength(30);
        channel.Property(c => c.NextStep).HasMaxLength(BrandChannel.NextStepMaxLength).IsRequired();
        channel.HasOne<ActionItem>().WithMany().HasForeignKey(c => c.ActionItemId).IsRequired(false).OnDelete(DeleteBehavior.SetNull);
    }
}
