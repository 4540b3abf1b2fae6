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
