"""eMentor Desktop: confidential e-mentoring with an encrypted local vault and a blind relay."""

__version__ = "0.1.0"
APP_NAME = "eMentor Desktop"
APP_ID = "ementor-desktop"
