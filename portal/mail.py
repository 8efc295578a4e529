"""Transactional mail: pyramid_mailer, or a debug mailer that writes files in development."""


def includeme(config):
    kind = config.get_settings().get("portal.mailer", "debug")
    if kind == "smtp":
        config.include("pyramid_mailer")
    elif kind == "testing":
        config.include("pyramid_mailer.testing")
    else:
        config.include("pyramid_mailer.debug")


def send_after_commit(request, recipients, subject, body):
    """Queue a plain-text message that leaves only if the request's transaction
    commits; a mail server that fails then is logged, never undoes the change."""
    import logging

    from pyramid_mailer import get_mailer
    from pyramid_mailer.message import Message

    recipients = [r for r in recipients if r]
    if not recipients or request.environ.get("portal.nomail"):
        return  # nobody to tell, or a script replaying the past (the demo)
    mailer = get_mailer(request)
    sender = request.registry.settings.get("mail.default_sender", "no-reply@localhost")
    message = Message(subject=subject, sender=sender, recipients=recipients, body=body)

    def send(committed):
        if not committed:
            return
        try:
            mailer.send_immediately(message)
        except Exception:  # the change is committed; the mail is the only loss
            logging.getLogger(__name__).exception("Không gửi được thư tới %s", recipients)

    request.tm.get().addAfterCommitHook(send)
